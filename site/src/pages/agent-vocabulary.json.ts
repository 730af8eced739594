import type { APIRoute } from 'astro'
import { getEntry } from 'astro:content'
import { VOCABULARY_ENTRY } from '../loaders/vocabulary-loader.ts'

/**
 * The published agent vocabulary, written into the build for the Pagefind step only
 * (integrations/pagefind.ts reads it into `kb-vocabulary.json` and removes this file).
 */
export const GET: APIRoute = async () => {
  const entry = await getEntry('vocabulary', VOCABULARY_ENTRY)
  if (!entry) throw new Error('the build has no agent vocabulary entry (content.config.ts: vocabulary)')
  return new Response(JSON.stringify(entry.data), { headers: { 'content-type': 'application/json; charset=utf-8' } })
}
