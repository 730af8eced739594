import { emptyLibrary, type Library, type LibraryPart } from '@kb/content'
import type { DataFromCollectionSlug, Payload, SanitizedConfig } from 'payload'
import { siteDataFrom, type SiteData } from '../../../site/src/lib/library-view.ts'
import { PART_COLLECTIONS, SlugIndex, type LibraryCollection } from '../library/collections.ts'
import { richTextFor, type RichText } from '../library/rich-text.ts'
import { publishedTimesOf } from '../library/library-from-docs.ts'
import { toEntry, type ToEntry } from '../library/to-entry.ts'
import type { User } from '../payload-types.ts'

/** Who is asking: a signed-in user (API key) or `null` for anonymous (the stdio server). */
export type McpCaller = (User & { collection: 'users' }) | null

/**
 * The published knowledge base as one caller may read it, in the library's shape (relations by
 * slug) with the site's lookups and order (`SiteData`), and each entry's last change.
 */
export interface PublishedLibrary {
  library: Library
  data: SiteData
  /** When the published entry last changed (ISO), by part and slug. */
  updatedAt: (part: LibraryPart, slug: string) => string
  /** Entries left out because they do not make a valid published entry (e.g. a step saying an unpublished script). */
  skipped: string[]
}

/** Reader accounts may not ask for more per page (cms/src/api/query-limits.ts), so pages of this size. */
const PAGE_SIZE = 100

/**
 * Every published document of a collection the caller may read, through the Local API with the
 * caller's access (`overrideAccess: false`) and published versions only (`draft: false` and
 * `_status = published`), so drafts never reach an assistant.
 */
async function publishedDocs<C extends LibraryCollection>(payload: Payload, collection: C, caller: McpCaller): Promise<DataFromCollectionSlug<C>[]> {
  const docs: DataFromCollectionSlug<C>[] = []
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection, where: { _status: { equals: 'published' } }, draft: false, overrideAccess: false, user: caller,
      depth: 0, limit: PAGE_SIZE, page, sort: 'slug',
    })
    docs.push(...(result.docs as DataFromCollectionSlug<C>[]))
    if (!result.hasNextPage) return docs
  }
}

const richTexts = new WeakMap<SanitizedConfig, Promise<RichText>>()
function richTextOf(config: SanitizedConfig): Promise<RichText> {
  let richText = richTexts.get(config)
  if (!richText) richTexts.set(config, (richText = richTextFor(config)))
  return richText
}

/**
 * Reads the published library for a caller. Unlike the site build, one entry that does not make a
 * valid published entry is left out (and named in `skipped`) instead of failing every answer.
 */
export async function readPublishedLibrary(payload: Payload, caller: McpCaller): Promise<PublishedLibrary> {
  const [sources, situations, strategies, scripts, sops] = await Promise.all([
    publishedDocs(payload, 'sources', caller),
    publishedDocs(payload, 'situations', caller),
    publishedDocs(payload, 'strategies', caller),
    publishedDocs(payload, 'empathy-scripts', caller),
    publishedDocs(payload, 'sops', caller),
  ])
  const docs = { sources, situations, strategies, 'empathy-scripts': scripts, sops }
  const index = new SlugIndex()
  for (const [part, collection] of PART_COLLECTIONS) for (const doc of docs[collection]) index.set(part, doc.slug, doc.id)
  const times = publishedTimesOf(docs)
  const entries: ToEntry = toEntry(index, await richTextOf(payload.config))
  const library = emptyLibrary()
  const skipped: string[] = []
  const convert = <D extends { slug: string }, E>(list: D[], make: (doc: D) => E, collection: string): E[] =>
    list.flatMap((doc) => {
      try {
        return [make(doc)]
      } catch {
        skipped.push(`${collection}/${doc.slug}`)
        return []
      }
    })
  library.sources = convert(sources, entries.sources, 'sources')
  library.situations = convert(situations, entries.situations, 'situations')
  library.strategies = convert(strategies, entries.strategies, 'strategies')
  library.scripts = convert(scripts, entries.scripts, 'empathy-scripts')
  library.sops = convert(sops, entries.sops, 'sops')
  // The times go into SiteData too, so the Markdown twins served as resources carry `updated`.
  const data = siteDataFrom(library, times)
  return {
    library,
    data,
    updatedAt: (part, slug) => data.updated(part, slug) ?? '',
    skipped,
  }
}
