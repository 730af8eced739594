import type { APIRoute } from 'astro'
import { siteData } from '../lib/site-data.ts'
import { kbJson } from '../lib/twins/kb-export.ts'

/** `/kb.json`: every published entry for tools, validated against the shared kb-export schema. */
export const GET: APIRoute = async ({ site }) =>
  new Response(kbJson(await siteData(), site), { headers: { 'content-type': 'application/json; charset=utf-8' } })
