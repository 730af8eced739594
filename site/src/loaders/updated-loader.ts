import type { Loader } from 'astro/loaders'
import { publishedLibrary } from './cms-loader.ts'

/** The one entry of the `updated` collection. */
export const UPDATED_ENTRY = 'published'

/**
 * A content-layer loader for when each published entry last changed (`publishedTimesSchema`: ISO
 * timestamps by part and slug), from the same answer of the CMS's published-library endpoint as
 * the library. The entry schemas have no such field, so it travels beside them, as one entry; the
 * twins read it through SiteData (lib/site-data.ts). Empty from a CMS that does not send it.
 */
export function updatedLoader(): Loader {
  return {
    name: 'cms-updated',
    load: async ({ store, parseData, generateDigest, logger }) => {
      const { updated } = await publishedLibrary()
      const data = await parseData({ id: UPDATED_ENTRY, data: updated })
      store.clear()
      store.set({ id: UPDATED_ENTRY, data, digest: generateDigest(data) })
      const count = Object.values(updated).reduce((sum, times) => sum + Object.keys(times ?? {}).length, 0)
      logger.info(count > 0 ? `change times for ${count} published entries` : 'the CMS sent no change times: twins leave `updated` out')
    },
  }
}
