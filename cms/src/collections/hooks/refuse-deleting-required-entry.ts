import { APIError, type CollectionBeforeDeleteHook, type CollectionSlug, type Where } from 'payload'

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
 * Refuses to delete an entry that a published entry cannot do without: the only published
 * situation of a script, a strategy's only source, a script an SOP says at one of its steps.
 * The database would otherwise drop those links silently and the next site build would fail.
 * The answer (409) names the entries to change first.
 */
export const refuseDeletingRequiredEntry: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const blockers: string[] = []
  for (const link of REQUIRED_BY[collection.slug as CollectionSlug] ?? []) {
    const where: Where = { and: [{ [link.field]: { equals: id } }, { _status: { equals: 'published' } }] }
    const { docs } = await req.payload.find({ collection: link.from, where, depth: 0, limit: 0, pagination: false, req })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      if (link.kind === 'list') {
        const others = ((doc[link.field] as unknown[]) ?? []).map(idOf).filter((other) => String(other) !== String(id))
        const stillPublished = others.length
          ? (await req.payload.count({ collection: collection.slug as CollectionSlug, where: { and: [{ id: { in: others } }, { _status: { equals: 'published' } }] }, req })).totalDocs
          : 0
        if (stillPublished > 0) continue
      }
      blockers.push(`${link.from} "${String(doc.slug)}"`)
    }
  }
  if (blockers.length > 0) {
    throw new APIError(
      `This entry cannot be deleted: published entries need it (${blockers.join(', ')}). Link them to another entry, or unpublish them, first.`,
      409,
      { blockers },
      true,
    )
  }
}
