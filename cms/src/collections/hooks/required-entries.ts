import { APIError, type CollectionBeforeDeleteHook, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest, type Where } from 'payload'

/** A link another collection must keep: `field` holds ids of the collection being deleted from. */
interface RequiredLink {
  from: CollectionSlug
  field: string
  /** A list of which at least one must stay (script situations), or a single link (an SOP step's script). */
  kind: 'list' | 'single'
}

/** Which published entries need an entry of each collection; optional links (related strategies) are not listed. */
const REQUIRED_BY: Partial<Record<CollectionSlug, RequiredLink[]>> = {
  situations: [
    { from: 'empathy-scripts', field: 'situations', kind: 'list' },
    { from: 'strategies', field: 'situations', kind: 'list' },
    { from: 'sops', field: 'situations', kind: 'list' },
  ],
  sources: [{ from: 'strategies', field: 'sources', kind: 'list' }],
  'empathy-scripts': [{ from: 'sops', field: 'steps.script', kind: 'single' }],
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))

/**
 * The published entries that cannot do without entry `id` of `collection`: those whose only
 * published situation it is, strategies whose only source it is, SOPs that say it at a step.
 * Returned as `collection "slug"` labels, for a message naming what to change first.
 */
export async function entriesNeeding(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<string[]> {
  const blockers: string[] = []
  for (const link of REQUIRED_BY[collection] ?? []) {
    const where: Where = { and: [{ [link.field]: { equals: id } }, { _status: { equals: 'published' } }] }
    const { docs } = await req.payload.find({ collection: link.from, where, depth: 0, limit: 0, pagination: false, req })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      if (link.kind === 'list') {
        const others = ((doc[link.field] as unknown[]) ?? []).map(idOf).filter((other) => String(other) !== String(id))
        const stillPublished = others.length
          ? (await req.payload.count({ collection, where: { and: [{ id: { in: others } }, { _status: { equals: 'published' } }] }, req })).totalDocs
          : 0
        if (stillPublished > 0) continue
      }
      blockers.push(`${link.from} "${String(doc.slug)}"`)
    }
  }
  return blockers
}

const refusal = (what: 'deleted' | 'unpublished', blockers: string[]) =>
  new APIError(
    `This entry cannot be ${what}: published entries need it (${blockers.join(', ')}). Link them to another entry, or unpublish them, first.`,
    409,
    { blockers },
    true,
  )

/**
 * Refuses to delete an entry that a published entry cannot do without. The database would
 * otherwise drop those links silently and the next site build would fail. 409, naming them.
 */
export const refuseDeletingRequiredEntry: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const blockers = await entriesNeeding(req, collection.slug as CollectionSlug, id)
  if (blockers.length > 0) throw refusal('deleted', blockers)
}

/**
 * Refuses to unpublish such an entry, for the same reason (issue 12.7: a publish could wedge every
 * later build). Unpublishing is an update without `draft` that sets `_status: 'draft'` on an
 * entry whose main row is published; saving a draft (`draft: true`) leaves the main row alone.
 */
export const refuseUnpublishingRequiredEntry = async ({ args, operation, req, collection }: Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]): Promise<void> => {
  const { id, draft, data } = args as { id?: number | string; draft?: boolean; data?: { _status?: unknown } }
  if (operation !== 'update' || id == null || draft === true || data?._status !== 'draft') return
  const main = (await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: id } }, req })) as { _status?: string } | null
  if (main?._status !== 'published') return
  const blockers = await entriesNeeding(req, collection.slug as CollectionSlug, id)
  if (blockers.length > 0) throw refusal('unpublished', blockers)
}
