import { FEEDBACK_ENTRY_TYPES, type FeedbackEntryType } from '@kb/content'
import type { Payload } from 'payload'
import { empathyScriptsSlug, situationsSlug, sopsSlug, strategiesSlug } from '../collections/slugs.ts'

/** The collection of each kind of entry the site's forms and search name (as FEEDBACK_ENTRY_PATHS). */
export const COLLECTION_OF = {
  script: empathyScriptsSlug,
  strategy: strategiesSlug,
  sop: sopsSlug,
  situation: situationsSlug,
} as const satisfies Record<FeedbackEntryType, string>

export type EntryCollection = (typeof COLLECTION_OF)[FeedbackEntryType]

/** An entry as the site names it: its kind and slug. */
export interface EntryRef {
  entryType: FeedbackEntryType
  slug: string
}

/** A published entry found for an `EntryRef`, with what feedback and search events copy from it. */
export interface PublishedEntry {
  collection: EntryCollection
  id: number
  title: string
  /** `review.owner`, or null when the entry has none. */
  owner: string | null
}

/** `sop/late-parcel-call`: one key per entry, for maps. */
export const refKey = ({ entryType, slug }: EntryRef) => `${entryType}/${slug}`

/**
 * The published entries among `refs`, by `refKey`; a ref with no published entry (unknown, or
 * only a draft) is missing from the map. Read anonymously (`overrideAccess: false`, no user), so
 * only what the public may see is found: one query per kind of entry named.
 */
export async function publishedEntries(payload: Payload, refs: readonly EntryRef[]): Promise<Map<string, PublishedEntry>> {
  const found = new Map<string, PublishedEntry>()
  for (const entryType of FEEDBACK_ENTRY_TYPES) {
    const slugs = [...new Set(refs.filter((ref) => ref.entryType === entryType).map((ref) => ref.slug))]
    if (slugs.length === 0) continue
    const collection = COLLECTION_OF[entryType]
    const { docs } = await payload.find({
      collection,
      where: { and: [{ slug: { in: slugs } }, { _status: { equals: 'published' } }] },
      limit: slugs.length,
      depth: 0,
      select: { title: true, slug: true, review: true },
      overrideAccess: false,
    })
    for (const doc of docs) found.set(refKey({ entryType, slug: doc.slug }), { collection, id: doc.id, title: doc.title, owner: doc.review?.owner ?? null })
  }
  return found
}
