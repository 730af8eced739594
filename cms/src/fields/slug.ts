import { slugSchema } from '@kb/content'
import type { CollectionSlug, PayloadRequest, TextField, Where } from 'payload'

/** Turns a title into a slug: "Own the delay!" → "own-the-delay". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/**
 * The unique, URL-safe key of an entry; filled from the title when left empty. Import, export
 * and the site address entries by it, so it is checked with the shared schema, on every save,
 * and no other entry may have it, not even in a draft.
 */
export const slugField = (fromField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  required: true,
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'Lowercase words joined by hyphens; used in addresses.' },
  hooks: {
    beforeValidate: [
      ({ value, siblingData }) => {
        if (typeof value === 'string' && value.trim()) return value.trim()
        const source = siblingData?.[fromField]
        return typeof source === 'string' ? slugify(source) : value
      },
    ],
  },
  validate: async (value: string | null | undefined, { collectionSlug, id, req }) => {
    if (!value) return 'A slug is required.'
    const result = slugSchema.safeParse(value)
    if (!result.success) return `"${value}" is not a valid slug: ${result.error.issues[0]?.message}`
    const collection = Object.keys(req.payload.collections).find((slug): slug is CollectionSlug => slug === collectionSlug)
    const other = collection ? await entryWithSlug(req, collection, value, id) : undefined
    return other === undefined ? true : `"${value}" is already the slug of another entry (id ${other}): slugs must be unique, choose another.`
  },
})

/**
 * The id of another entry of `collection` that has `slug`, published or in its newest draft, or
 * undefined. The database's unique index sees only the main rows; a draft of a published entry
 * lives in its versions, so a draft could take a slug that was taken (issue 11.11).
 */
async function entryWithSlug(req: PayloadRequest, collection: CollectionSlug, slug: string, id: number | string | undefined) {
  const notThis: Where[] = id === undefined ? [] : [{ id: { not_equals: id } }]
  const main = await req.payload.find({ collection, where: { and: [{ slug: { equals: slug } }, ...notThis] }, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  if (main.docs[0]) return main.docs[0].id
  if (!req.payload.collections[collection]?.config.versions?.drafts) return undefined
  const notThisParent: Where[] = id === undefined ? [] : [{ parent: { not_equals: id } }]
  const where: Where = { and: [{ 'version.slug': { equals: slug } }, { latest: { equals: true } }, ...notThisParent] }
  const drafts = await req.payload.findVersions({ collection, where, depth: 0, limit: 1, pagination: false, overrideAccess: true, req })
  const parent: unknown = drafts.docs[0]?.parent
  return parent && typeof parent === 'object' && 'id' in parent ? parent.id : parent ?? undefined
}
