import type { APIRoute } from 'astro'
import { siteData } from '../lib/site-data.ts'
import { llmsTxt } from '../lib/twins/llms-txt.ts'

/** `/llms.txt`: the map of the knowledge base for language models, linking every Markdown twin. */
export const GET: APIRoute = async ({ site }) =>
  new Response(llmsTxt(await siteData(), site), { headers: { 'content-type': 'text/plain; charset=utf-8' } })
