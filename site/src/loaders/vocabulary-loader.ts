import type { Loader } from 'astro/loaders'
import { emptyAgentVocabulary } from '@kb/content'
import { publishedLibrary } from './cms-loader.ts'

/** The one entry of the `vocabulary` collection. */
export const VOCABULARY_ENTRY = 'published'

/**
 * A content-layer loader for the agent vocabulary published in the CMS: one entry, validated with
 * the shared schema, from the same answer of the CMS's published-library endpoint as the library.
 * None published: the empty vocabulary (search then uses no synonyms), said in the build log.
 * Its page (pages/agent-vocabulary.json.ts) hands it to the Pagefind step, which runs after the
 * build, without reading the CMS a second time.
 */
export function vocabularyLoader(): Loader {
  return {
    name: 'cms-vocabulary',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const { vocabulary: published } = await publishedLibrary()
      const vocabulary = published ?? emptyAgentVocabulary()
      const note = published
        ? `agent vocabulary: ${published.synonyms.length} synonym groups published in the CMS`
        : 'no agent vocabulary is published in the CMS: search uses no synonyms'
      const data = await parseData({ id: VOCABULARY_ENTRY, data: vocabulary })
      store.clear()
      store.set({ id: VOCABULARY_ENTRY, data, digest: generateDigest(data) })
      logger.info(note)
    },
  }
}
