import { serializeEntry, type Library, type LibraryPart } from '@kb/content'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload'
import { PART_COLLECTIONS, SlugIndex } from './collections.ts'
import { richTextFor } from './rich-text.ts'
import { toDocument } from './to-document.ts'
import { toEntry, type ToEntry } from './to-entry.ts'

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
}
export type ImportReport = Record<LibraryPart, ImportCounts> & { total: ImportCounts }

type AnyDoc = { id: number | string; slug: string; _status?: 'draft' | 'published' | null }

/**
 * Upserts the library into the CMS by slug and publishes it, in one transaction: any failure
 * leaves the database as it was. Entries whose published form already matches the file are
 * not written, so a second run reports nothing created or updated. Entries that exist only in
 * the CMS are left alone.
 */
export async function importLibrary(payload: Payload, library: Library): Promise<ImportReport> {
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const report = await upsertAll(payload, req, library)
    await commitTransaction(req)
    return report
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

async function upsertAll(payload: Payload, req: PayloadRequest, library: Library): Promise<ImportReport> {
  const richText = await richTextFor(payload.config)
  const index = new SlugIndex()
  const existing = new Map<string, AnyDoc>()
  for (const [part, collection] of PART_COLLECTIONS) {
    // The main rows: what is published (or, for never-published entries, their draft). An editor's
    // pending draft on a published entry lives in the versions table and is compared against nothing.
    const { docs } = await payload.find({ collection, draft: false, depth: 0, limit: 0, pagination: false, req })
    for (const doc of docs as AnyDoc[]) {
      index.set(part, doc.slug, doc.id)
      existing.set(`${part}:${doc.slug}`, doc)
    }
  }
  const documents = toDocument(index, richText)
  const entries = toEntry(index, richText)
  const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 })
  const report = { total: zero() } as ImportReport
  const strategiesToLink: Library['strategies'] = []

  for (const [part, collection] of PART_COLLECTIONS) {
    report[part] = zero()
    for (const entry of library[part]) {
      const current = existing.get(`${part}:${entry.slug}`)
      const outcome = !current ? 'created' : isSame(entries, part, current, entry) ? 'unchanged' : 'updated'
      report[part][outcome]++
      report.total[outcome]++
      if (outcome === 'unchanged') continue
      const data = { ...(documents[part] as (e: typeof entry) => Record<string, unknown>)(entry), _status: 'published' }
      try {
        const saved = current
          ? await payload.update({ collection, id: current.id, data: data as never, depth: 0, req })
          : await payload.create({ collection, data: data as never, depth: 0, req })
        index.set(part, entry.slug, saved.id)
      } catch (error) {
        throw new Error(`content/library/${part}/${entry.slug}.yaml could not be imported: ${describe(error)}`, { cause: error })
      }
      if (part === 'strategies') strategiesToLink.push(entry as Library['strategies'][number])
    }
  }
  // Strategies name each other as related; now that all exist, link the ones just written.
  for (const strategy of strategiesToLink) {
    const related = strategy.related.map((slug) => index.id('strategies', slug))
    await payload.update({ collection: 'strategies', id: index.id('strategies', strategy.slug), data: { related, _status: 'published' } as never, depth: 0, req })
  }
  return report
}

/** True when the CMS already holds exactly this entry, published. */
function isSame(entries: ToEntry, part: LibraryPart, doc: AnyDoc, entry: object): boolean {
  if (doc._status !== 'published') return false
  try {
    const current = (entries[part] as (d: AnyDoc) => object)(doc)
    return serializeEntry(current) === serializeEntry(entry)
  } catch {
    return false // the stored document does not even form a valid entry: rewrite it
  }
}

function describe(error: unknown): string {
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((e) => `field "${e.path}": ${e.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}
