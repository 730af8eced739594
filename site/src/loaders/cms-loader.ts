import type { Loader } from 'astro/loaders'
import type { LibraryPart } from '@kb/content'
import { librarySourceFromEnv, loadPublishedLibrary } from './published-library.ts'

// One build reads the CMS once, however many collections ask; keyed by source so a changed env reloads.
let cached: { key: string; library: ReturnType<typeof loadPublishedLibrary> } | undefined

/** The published library and vocabulary this build reads, fetched once (also for loaders/vocabulary-loader.ts). */
export function publishedLibrary(): ReturnType<typeof loadPublishedLibrary> {
  const source = librarySourceFromEnv()
  const key = JSON.stringify(source)
  if (cached?.key !== key) cached = { key, library: loadPublishedLibrary(source) }
  return cached.library
}

/**
 * A content-layer loader for one part of the library, fed by the CMS's published-library endpoint
 * over HTTP (`published-library.ts`).
 * Entries are validated with the collection's schema (the shared zod schema), unchanged ones are
 * skipped by digest, and entries deleted or unpublished upstream are dropped from the store.
 */
export function cmsLoader(part: LibraryPart): Loader {
  return {
    name: `cms-${part}`,
    load: async ({ store, parseData, generateDigest, logger }) => {
      const source = librarySourceFromEnv()
      const entries = (await publishedLibrary())[part]
      const seen = new Set<string>()
      for (const entry of entries) {
        seen.add(entry.slug)
        const digest = generateDigest(entry as unknown as Record<string, unknown>)
        if (store.get(entry.slug)?.digest === digest) continue
        const data = await parseData({ id: entry.slug, data: entry as unknown as Record<string, unknown> })
        store.set({ id: entry.slug, data, digest })
      }
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id)
      logger.info(`${entries.length} published ${part} from ${source.url}`)
    },
  }
}
