import { emptyLibrary, type Library } from '@kb/content'
import type { Payload } from 'payload'
import { PART_COLLECTIONS, SlugIndex } from './collections.ts'
import { richTextFor } from './rich-text.ts'
import { toEntry } from './to-entry.ts'

/**
 * The CMS's published content as a library, entries sorted by slug. Drafts stay in the CMS:
 * the files in git are the published knowledge base.
 */
export async function exportLibrary(payload: Payload): Promise<Library> {
  const richText = await richTextFor(payload.config)
  const index = new SlugIndex()
  const published: [(typeof PART_COLLECTIONS)[number][0], { id: number | string; slug: string }[]][] = []
  for (const [part, collection] of PART_COLLECTIONS) {
    const { docs } = await payload.find({
      collection,
      where: { _status: { equals: 'published' } },
      depth: 0,
      limit: 0,
      pagination: false,
    })
    // Sorted here, not by the database: PostgreSQL collations order hyphens differently.
    docs.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    for (const doc of docs) index.set(part, doc.slug, doc.id)
    published.push([part, docs])
  }
  const entries = toEntry(index, richText)
  const library = emptyLibrary()
  for (const [part, docs] of published) {
    ;(library[part] as unknown[]) = docs.map((doc) => (entries[part] as (d: unknown) => unknown)(doc))
  }
  return library
}
