import type { CollectionBeforeValidateHook } from 'payload'

/** Rich text (Lexical state) keeps its own spacing between formatted runs; it is left as it is. */
const isRichText = (value: object) => 'root' in value

function trimmed(value: unknown): unknown {
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return value.map(trimmed)
  if (value && typeof value === 'object' && !isRichText(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, trimmed(inner)]))
  }
  return value
}

/**
 * Trims every text value before validation, so a field of only spaces counts as empty and fails
 * "required" in the CMS, as it fails the shared schemas on import and in the site build.
 */
export const trimText: CollectionBeforeValidateHook = ({ data }) => (data ? (trimmed(data) as typeof data) : data)
