import { TEXT_LIMITS } from '@kb/content'
import type { CollectionSlug, RelationshipField } from 'payload'

/**
 * A many-relation to another collection. `filterOptions` is set so Payload checks that every
 * related id exists: an unknown id is a 400 naming this field, not a dangling reference.
 */
export const relationsTo = (
  name: string,
  relationTo: CollectionSlug,
  { required = false }: { required?: boolean } = {},
): RelationshipField => ({
  name,
  type: 'relationship',
  relationTo,
  hasMany: true,
  required,
  filterOptions: () => true,
})

/** Ordered lines of prose (steps, pitfalls): an array so editors can reorder them. */
export const linesField = (name: string, { required = false }: { required?: boolean } = {}) => ({
  name,
  type: 'array' as const,
  required,
  minRows: required ? 1 : undefined,
  fields: [{ name: 'text', type: 'textarea' as const, required: true, maxLength: TEXT_LIMITS.line }],
})
