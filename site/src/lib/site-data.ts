import { getCollection } from 'astro:content'
import type { Library } from '@kb/content'
import { siteDataFrom, type SiteData } from './library-view.ts'

export * from './library-view.ts'

let loaded: Promise<SiteData> | undefined

/** The build's SiteData, from the content collections (the CMS's published entries). */
export function siteData(): Promise<SiteData> {
  loaded ??= (async () => {
    // Each entry was checked against its shared zod schema by the CMS loader (content.config.ts).
    const data = async (name: keyof Library): Promise<unknown[]> => (await getCollection(name)).map((entry: { data: unknown }) => entry.data)
    const [sources, situations, strategies, scripts, sops] = await Promise.all(
      (['sources', 'situations', 'strategies', 'scripts', 'sops'] as const).map(data),
    )
    return siteDataFrom({ sources, situations, strategies, scripts, sops } as Library)
  })()
  return loaded
}
