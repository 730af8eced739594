import type { CollectionAfterReadHook, CollectionSlug, Field, PayloadRequest, Where } from 'payload'
import { hasRole } from '../../access/roles.ts'

type Id = number | string
type Row = Record<string, unknown>
/** Visits one relationship field's value in its row; `relationTo` is the one collection it points at. */
type Visit = (row: Row, name: string, relationTo: CollectionSlug) => void

const isRow = (value: unknown): value is Row => Boolean(value) && typeof value === 'object' && !Array.isArray(value)
const isId = (value: unknown): value is Id => typeof value === 'number' || typeof value === 'string'

/** Calls `visit` for every single-collection relationship field in `data`, through groups, arrays, blocks, rows and tabs. */
function eachRelation(fields: readonly Field[], data: unknown, visit: Visit): void {
  if (!isRow(data)) return
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) eachRelation(tab.fields, 'name' in tab && tab.name ? data[tab.name] : data, visit)
    } else if (!('name' in field)) {
      if ('fields' in field) eachRelation(field.fields, data, visit)
    } else if (field.type === 'relationship' && typeof field.relationTo === 'string') {
      visit(data, field.name, field.relationTo)
    } else if (field.type === 'group') {
      eachRelation(field.fields, data[field.name], visit)
    } else if (field.type === 'array' && Array.isArray(data[field.name])) {
      for (const row of data[field.name] as unknown[]) eachRelation(field.fields, row, visit)
    } else if (field.type === 'blocks' && Array.isArray(data[field.name])) {
      for (const row of data[field.name] as unknown[]) {
        const block = isRow(row) ? field.blocks.find((candidate) => candidate.slug === row.blockType) : undefined
        if (block) eachRelation(block.fields, row, visit)
      }
    }
  }
}

/** Per request: which ids of each collection are published (a page of entries shares most of its relations). */
const statusCache = new WeakMap<PayloadRequest, Map<CollectionSlug, Map<string, boolean>>>()

async function publishedIds(req: PayloadRequest, collection: CollectionSlug, ids: Id[]): Promise<Map<string, boolean>> {
  const perCollection = statusCache.get(req) ?? new Map<CollectionSlug, Map<string, boolean>>()
  statusCache.set(req, perCollection)
  const known = perCollection.get(collection) ?? new Map<string, boolean>()
  perCollection.set(collection, known)
  const unknown = [...new Set(ids.filter((id) => !known.has(String(id))))]
  if (unknown.length > 0) {
    const where: Where = { and: [{ id: { in: unknown } }, { _status: { equals: 'published' } }] }
    const { docs } = await req.payload.find({ collection, where, depth: 0, limit: unknown.length, pagination: false, overrideAccess: true, req })
    for (const id of unknown) known.set(String(id), false)
    for (const doc of docs) known.set(String(doc.id), true)
  }
  return known
}

/**
 * Readers never see the ids of entries that are not published: a published entry's relations to
 * draft-only entries are left out of its arrays (and a single relation, like an SOP step's script,
 * reads as null), at depth 0 as at any depth where Payload leaves what it cannot populate as a raw
 * id (issue 11.15). Editors, and calls that override access, see every relation.
 */
export const hideUnpublishedRelations: CollectionAfterReadHook = async ({ collection, doc, overrideAccess, req }) => {
  if (overrideAccess || hasRole(req.user, 'admin', 'editor')) return doc
  const wanted = new Map<CollectionSlug, Id[]>()
  const hasDrafts = (slug: CollectionSlug) => Boolean(req.payload.collections[slug]?.config.versions?.drafts)
  eachRelation(collection.fields, doc, (row, name, relationTo) => {
    if (!hasDrafts(relationTo)) return
    const ids = (Array.isArray(row[name]) ? (row[name] as unknown[]) : [row[name]]).filter(isId)
    if (ids.length > 0) wanted.set(relationTo, [...(wanted.get(relationTo) ?? []), ...ids])
  })
  if (wanted.size === 0) return doc
  const published = new Map<CollectionSlug, Map<string, boolean>>()
  for (const [relationTo, ids] of wanted) published.set(relationTo, await publishedIds(req, relationTo, ids))
  eachRelation(collection.fields, doc, (row, name, relationTo) => {
    const known = published.get(relationTo)
    if (!known) return
    const shown = (value: unknown) => !isId(value) || known.get(String(value)) === true
    const value = row[name]
    if (Array.isArray(value)) row[name] = value.filter(shown)
    else if (!shown(value)) row[name] = null
  })
  return doc
}
