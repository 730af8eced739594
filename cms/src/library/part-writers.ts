/**
 * The Local API calls `importLibrary` makes, one set per part of the library, each written out
 * for its own collection so that every call is checked against the generated types
 * (cms/src/payload-types.ts): a renamed or retyped CMS field fails to compile here.
 */
import type { Library, LibraryPart } from '@kb/content'
import type { Payload, PayloadRequest } from 'payload'
import type { ToDocument } from './to-document.ts'
import type { ToEntry } from './to-entry.ts'

/** A stored document as far as the import needs it: its id, slug and publication status. */
export interface StoredDoc {
  id: number
  slug: string
  _status?: 'draft' | 'published' | null
}

/**
 * One part's calls. `find`: the main rows (what is published or, for never-published entries,
 * their draft) at depth 0; `toEntry`: a stored document back as a library entry; `create` and
 * `update`: write an entry, published, inside the import's transaction.
 */
export interface PartWriter<E, D extends StoredDoc> {
  find: () => Promise<D[]>
  toEntry: (doc: D) => E
  create: (entry: E) => Promise<StoredDoc>
  update: (id: number, entry: E) => Promise<StoredDoc>
}

/** The writer of every part, typed by the part's entry and the collection's generated document. */
export type PartWriters = { [P in LibraryPart]: PartWriter<Library[P][number], Parameters<ToEntry[P]>[0]> }

/** The calls for every part, inside `req`'s transaction. */
export function partWriters(payload: Payload, req: PayloadRequest, documents: ToDocument, entries: ToEntry): PartWriters {
  const read = { draft: false, depth: 0, limit: 0, pagination: false, req } as const
  const write = { depth: 0, req } as const
  const published = { _status: 'published' } as const
  return {
    sources: {
      find: async () => (await payload.find({ collection: 'sources', ...read })).docs,
      toEntry: entries.sources,
      create: (entry) => payload.create({ collection: 'sources', data: { ...documents.sources(entry), ...published }, ...write }),
      update: (id, entry) => payload.update({ collection: 'sources', id, data: { ...documents.sources(entry), ...published }, ...write }),
    },
    situations: {
      find: async () => (await payload.find({ collection: 'situations', ...read })).docs,
      toEntry: entries.situations,
      create: (entry) => payload.create({ collection: 'situations', data: { ...documents.situations(entry), ...published }, ...write }),
      update: (id, entry) => payload.update({ collection: 'situations', id, data: { ...documents.situations(entry), ...published }, ...write }),
    },
    strategies: {
      find: async () => (await payload.find({ collection: 'strategies', ...read })).docs,
      toEntry: entries.strategies,
      create: (entry) => payload.create({ collection: 'strategies', data: { ...documents.strategies(entry), ...published }, ...write }),
      update: (id, entry) => payload.update({ collection: 'strategies', id, data: { ...documents.strategies(entry), ...published }, ...write }),
    },
    scripts: {
      find: async () => (await payload.find({ collection: 'empathy-scripts', ...read })).docs,
      toEntry: entries.scripts,
      create: (entry) => payload.create({ collection: 'empathy-scripts', data: { ...documents.scripts(entry), ...published }, ...write }),
      update: (id, entry) => payload.update({ collection: 'empathy-scripts', id, data: { ...documents.scripts(entry), ...published }, ...write }),
    },
    sops: {
      find: async () => (await payload.find({ collection: 'sops', ...read })).docs,
      toEntry: entries.sops,
      create: (entry) => payload.create({ collection: 'sops', data: { ...documents.sops(entry), ...published }, ...write }),
      update: (id, entry) => payload.update({ collection: 'sops', id, data: { ...documents.sops(entry), ...published }, ...write }),
    },
  }
}
