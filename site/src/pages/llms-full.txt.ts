import type { APIRoute } from 'astro'
import { siteData } from '../lib/site-data.ts'
import { llmsFullTxt } from '../lib/twins/llms-full.ts'

/** `/llms-full.txt`: the whole published library in Markdown, every entry's twin in one file. */
export const GET: APIRoute = async ({ site }) =>
  new Response(llmsFullTxt(await siteData(), site), { headers: { 'content-type': 'text/plain; charset=utf-8' } })
