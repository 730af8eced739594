import { serializeEntry, type AgentVocabulary, type Library, type LibraryPart } from '@kb/content'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../db/in-transaction.ts'
import { importAgentVocabulary, type VocabularyOutcome } from './agent-vocabulary.ts'
import { PART_COLLECTIONS, SlugIndex } from './collections.ts'
import { partWriters, type PartWriters, type StoredDoc } from './part-writers.ts'
import { richTextFor } from './rich-text.ts'
import { toDocument } from './to-document.ts'
import { toEntry, type ToEntry } from './to-entry.ts'

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
}
/** Per part and in total; `vocabulary` when an agent vocabulary was given. */
export type ImportReport = Record<LibraryPart, ImportCounts> & { total: ImportCounts; vocabulary?: VocabularyOutcome }

/**
 * Upserts the library into the CMS by slug and publishes it, in one transaction: any failure
 * leaves the database as it was. Entries whose published form already matches the file are
 * not written, so a second run reports nothing created or updated. Entries that exist only in
 * the CMS are left alone. With `vocabulary`, the agent vocabulary is published too, in the same
 * transaction (`importAgentVocabulary`); `vocabularySource` names where it was read from in the
 * error a refused vocabulary gives (`pnpm content:import` names its file).
 */
export async function importLibrary(
  payload: Payload,
  library: Library,
  { vocabulary, vocabularySource = 'the agent vocabulary' }: { vocabulary?: AgentVocabulary; vocabularySource?: string } = {},
): Promise<ImportReport> {
  const req = await createLocalReq({}, payload)
  return inTransaction(req, async () => {
    const report = await upsertAll(payload, req, library)
    if (vocabulary) {
      try {
        report.vocabulary = await importAgentVocabulary(payload, vocabulary, req)
      } catch (error) {
        throw new Error(`${vocabularySource} could not be imported: ${describe(error)}`, { cause: error })
      }
    }
    return report
  })
}

/** What one part of the import works with: its writer, and its stored documents by slug. */
type PartState<P extends LibraryPart> = { writer: PartWriters[P]; existing: Map<string, Parameters<ToEntry[P]>[0]> }

async function upsertAll(payload: Payload, req: PayloadRequest, library: Library): Promise<ImportReport> {
  const richText = await richTextFor(payload.config)
  const index = new SlugIndex()
  const writers = partWriters(payload, req, toDocument(index, richText), toEntry(index, richText))
  // Every stored entry is indexed before any is written, so links to entries already in the CMS resolve.
  const load = async <P extends LibraryPart>(part: P): Promise<PartState<P>> => {
    const writer = writers[part]
    const existing = new Map((await writer.find()).map((doc) => [doc.slug, doc] as const))
    for (const doc of existing.values()) index.set(part, doc.slug, doc.id)
    return { writer, existing }
  }
  const state = { sources: await load('sources'), situations: await load('situations'), strategies: await load('strategies'), scripts: await load('scripts'), sops: await load('sops') }
  const report = { total: zero() } as ImportReport
  for (const [part] of PART_COLLECTIONS) report[part] = zero()
  const upsert = async <P extends LibraryPart>(part: P, entries: readonly Library[P][number][], { writer, existing }: PartState<P>) => {
    const written: Library[P][number][] = []
    for (const entry of entries) {
      const current = existing.get(entry.slug)
      const outcome = !current ? 'created' : isSame(() => writer.toEntry(current), entry, current._status) ? 'unchanged' : 'updated'
      report[part][outcome]++
      report.total[outcome]++
      if (outcome === 'unchanged') continue
      try {
        const saved = current ? await writer.update(current.id, entry) : await writer.create(entry)
        index.set(part, entry.slug, saved.id)
      } catch (error) {
        throw new Error(`content/library/${part}/${entry.slug}.yaml could not be imported: ${describe(error)}`, { cause: error })
      }
      written.push(entry)
    }
    return written
  }
  // In PART_COLLECTIONS order, where each part only points back at parts already written.
  await upsert('sources', library.sources, state.sources)
  await upsert('situations', library.situations, state.situations)
  const strategiesToLink = await upsert('strategies', library.strategies, state.strategies)
  await upsert('scripts', library.scripts, state.scripts)
  await upsert('sops', library.sops, state.sops)
  // Strategies name each other as related; now that all exist, link the ones just written.
  for (const strategy of strategiesToLink) {
    const related = strategy.related.map((slug) => index.id('strategies', slug))
    await payload.update({ collection: 'strategies', id: index.id('strategies', strategy.slug), data: { related, _status: 'published' }, depth: 0, req })
  }
  return report
}

const zero = (): ImportCounts => ({ created: 0, updated: 0, unchanged: 0 })

/** True when the CMS already holds exactly this entry, published (`stored` makes the entry from its document). */
function isSame(stored: () => object, entry: object, status: StoredDoc['_status']): boolean {
  if (status !== 'published') return false
  try {
    return serializeEntry(stored()) === serializeEntry(entry)
  } catch {
    return false // the stored document does not even form a valid entry: rewrite it
  }
}

function describe(error: unknown): string {
  const data = (error as { data?: { errors?: { path: string; message: string }[] } }).data
  if (data?.errors?.length) return data.errors.map((e) => `field "${e.path}": ${e.message}`).join('; ')
  return error instanceof Error ? error.message : String(error)
}
