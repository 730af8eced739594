import type { LibraryPart } from '@kb/content'
import type { CollectionSlug } from 'payload'

/** Which CMS collection holds each part of the library, in an order where each only points back. */
export const PART_COLLECTIONS = [
  ['sources', 'sources'],
  ['situations', 'situations'],
  ['strategies', 'strategies'],
  ['scripts', 'empathy-scripts'],
  ['sops', 'sops'],
] as const satisfies readonly (readonly [LibraryPart, CollectionSlug])[]

export type LibraryCollection = (typeof PART_COLLECTIONS)[number][1]

/** Part → collection as a type: `PartCollection['scripts']` is `'empathy-scripts'`. */
export type PartCollection = { [E in (typeof PART_COLLECTIONS)[number] as E[0]]: E[1] }

/** Slug ↔ id for every entry already in the CMS, per part; refreshed as entries are created. Ids are numbers on both adapters, as the generated types say. */
export class SlugIndex {
  private readonly ids = new Map<string, number>()
  private readonly slugs = new Map<string, string>()

  set(part: LibraryPart, slug: string, id: number): void {
    this.ids.set(`${part}:${slug}`, id)
    this.slugs.set(`${part}:${id}`, slug)
  }

  id(part: LibraryPart, slug: string): number {
    const id = this.ids.get(`${part}:${slug}`)
    if (id === undefined) throw new Error(`no ${part} entry with slug "${slug}" in the CMS`)
    return id
  }

  /** The slug for a relation value (an id, or a populated document); undefined when the entry is not in the index. */
  slugOf(part: LibraryPart, value: unknown): string | undefined {
    const id = value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string)
    return this.slugs.get(`${part}:${id}`)
  }

  /** Like `slugOf`, for a relation that must land (an SOP step's script). */
  slug(part: LibraryPart, value: unknown): string {
    const slug = this.slugOf(part, value)
    if (slug === undefined) throw new Error(`it points to a ${part} entry (id ${JSON.stringify(value)}) that is not published`)
    return slug
  }
}
