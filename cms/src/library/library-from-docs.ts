import { emptyLibrary, type Library, type PublishedTimes } from '@kb/content'
import { PART_COLLECTIONS, SlugIndex, type LibraryCollection } from './collections.ts'
import type { RichText } from './rich-text.ts'
import { toEntry } from './to-entry.ts'

/** Published documents of every library collection, as the Local API or REST (depth 0) returns them. */
export type PublishedDocs = Record<LibraryCollection, { id: number; slug: string }[]>

/**
 * When each published document last changed (its `updatedAt`, ISO), by part and slug: the
 * `publishedTimesSchema` shape. Saving a draft does not move a published document's time.
 */
export function publishedTimesOf(docs: Record<LibraryCollection, { slug: string; updatedAt: string }[]>): PublishedTimes {
  const times: PublishedTimes = {}
  for (const [part, collection] of PART_COLLECTIONS) times[part] = Object.fromEntries(docs[collection].map((doc) => [doc.slug, doc.updatedAt]))
  return times
}

/**
 * Turns published CMS documents into the library (entries sorted by slug). Documents that do not
 * make valid entries fail it, with one message naming each one's collection, slug and field.
 */
export function libraryFromDocs(docs: PublishedDocs, richText: RichText): Library {
  const index = new SlugIndex()
  for (const [part, collection] of PART_COLLECTIONS) for (const doc of docs[collection]) index.set(part, doc.slug, doc.id)
  const entries = toEntry(index, richText)
  const library = emptyLibrary()
  const problems: string[] = []
  for (const [part, collection] of PART_COLLECTIONS) {
    // Sorted here, not by the database: PostgreSQL collations order hyphens differently.
    const sorted = [...docs[collection]].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    ;(library[part] as unknown[]) = sorted.flatMap((doc) => {
      try {
        return [(entries[part] as (d: unknown) => unknown)(doc)]
      } catch (error) {
        problems.push(`${collection} "${doc.slug}" (id ${doc.id}) is not a valid entry: ${describeEntryError(error)}`)
        return []
      }
    })
  }
  if (problems.length > 0) throw new Error(listProblems(problems))
  return library
}

/** Invalid entries named in one message; a database full of them should not make a message of megabytes. */
const MAX_LISTED = 20

/** Problems named one per line, so an editor can mend them all before the next publish; the first MAX_LISTED of them. */
function listProblems(problems: string[]): string {
  const listed = problems.slice(0, MAX_LISTED)
  const more = problems.length - listed.length
  return [...listed, ...(more > 0 ? [`and ${more} more entries`] : [])].join('\n')
}

function describeEntryError(error: unknown): string {
  const issues = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues
  if (issues?.length) return issues.map((i) => `field "${i.path.map(String).join('.')}": ${i.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}
