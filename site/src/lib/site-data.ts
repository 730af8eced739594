import { getCollection, getEntry } from 'astro:content'
import type { Library } from '@kb/content'
import { UPDATED_ENTRY } from '../loaders/updated-loader.ts'
import { siteDataFrom, type SiteData } from './library-view.ts'

export * from './library-view.ts'

let loaded: Promise<SiteData> | undefined

/** The build's SiteData, from the content collections (the CMS's published entries and their change times). */
export function siteData(): Promise<SiteData> {
  loaded ??= (async () => {
    // Each entry was checked against its shared zod schema by the CMS loader (content.config.ts).
    const data = async (name: keyof Library): Promise<unknown[]> => (await getCollection(name)).map((entry: { data: unknown }) => entry.data)
    const [sources, situations, strategies, scripts, sops] = await Promise.all(
      (['sources', 'situations', 'strategies', 'scripts', 'sops'] as const).map(data),
    )
    const updated = (await getEntry('updated', UPDATED_ENTRY))?.data ?? {}
    return siteDataFrom({ sources, situations, strategies, scripts, sops } as Library, updated)
  })()
  return loaded
}
