import { slugSchema } from '@kb/content'
import type { TextField } from 'payload'

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
 * and the site address entries by it, so it is checked with the shared schema.
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
  validate: (value: string | null | undefined) => {
    if (!value) return 'A slug is required.'
    const result = slugSchema.safeParse(value)
    return result.success ? true : `"${value}" is not a valid slug: ${result.error.issues[0]?.message}`
  },
})
