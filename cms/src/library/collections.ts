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

/** Slug ↔ id for every entry already in the CMS, per part; refreshed as entries are created. */
export class SlugIndex {
  private readonly ids = new Map<string, number | string>()
  private readonly slugs = new Map<string, string>()

  set(part: LibraryPart, slug: string, id: number | string): void {
    this.ids.set(`${part}:${slug}`, id)
    this.slugs.set(`${part}:${id}`, slug)
  }

  id(part: LibraryPart, slug: string): number | string {
    const id = this.ids.get(`${part}:${slug}`)
    if (id === undefined) throw new Error(`no ${part} entry with slug "${slug}" in the CMS`)
    return id
  }

  /** The slug for a relation value (an id, or a populated document). */
  slug(part: LibraryPart, value: unknown): string {
    const id = value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string)
    const slug = this.slugs.get(`${part}:${id}`)
    if (slug === undefined) throw new Error(`the ${part} entry with id ${String(id)} is not published, so it cannot be exported`)
    return slug
  }
}
