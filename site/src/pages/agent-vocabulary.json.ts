import type { APIRoute } from 'astro'
import { agentVocabulary } from '../lib/site-data.ts'

/**
 * The published agent vocabulary, written into the build for the Pagefind step only
 * (integrations/pagefind.ts reads it into `kb-vocabulary.json` and removes this file).
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await agentVocabulary()), { headers: { 'content-type': 'application/json; charset=utf-8' } })
