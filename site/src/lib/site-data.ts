import { getCollection, getEntry } from 'astro:content'
import { emptyAgentVocabulary, type AgentVocabulary, type Library } from '@kb/content'
import { UPDATED_ENTRY } from '../loaders/updated-loader.ts'
import { VOCABULARY_ENTRY } from '../loaders/vocabulary-loader.ts'
import { renderedLibrary } from '../republish/rendered-library.ts'
import type { PublishedLibrary } from '../loaders/published-library.ts'
import { siteDataFrom, type SiteData } from './library-view.ts'

export * from './library-view.ts'

let loaded: Promise<SiteData> | undefined
let republished: { library: PublishedLibrary; data: SiteData } | undefined

/**
 * The build's SiteData, from the content collections (the CMS's published entries and their
 * change times), or from the library a content-only republish is rendering
 * (republish/rendered-library.ts).
 */
export function siteData(): Promise<SiteData> {
  const library = renderedLibrary()
  if (library) {
    if (republished?.library !== library) republished = { library, data: siteDataFrom(library, library.updated) }
    return Promise.resolve(republished.data)
  }
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

/** The published agent vocabulary this build renders (the empty one when none is published). */
export async function agentVocabulary(): Promise<AgentVocabulary> {
  const library = renderedLibrary()
  if (library) return library.vocabulary ?? emptyAgentVocabulary()
  const entry = await getEntry('vocabulary', VOCABULARY_ENTRY)
  if (!entry) throw new Error('the build has no agent vocabulary entry (content.config.ts: vocabulary)')
  return entry.data
}
