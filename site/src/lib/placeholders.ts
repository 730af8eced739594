/**
 * A script line's placeholders, for pages (components/ScriptLine.astro) and search results
 * (lib/search-ui.ts). Safe in the browser: the pattern comes from the zod-free entry of
 * `@kb/content`, the same one the CMS enforces.
 */
import { PLACEHOLDER_PATTERN } from '@kb/content/placeholders'

export type LinePart = { text: string } | { placeholder: string }

/** Splits a script line into text and `{placeholder}` parts, so pages can mark what to fill in. */
export function lineParts(line: string): LinePart[] {
  const parts: LinePart[] = []
  let last = 0
  for (const match of line.matchAll(new RegExp(PLACEHOLDER_PATTERN.source, 'g'))) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index) })
    parts.push({ placeholder: match[1]! })
    last = match.index + match[0].length
  }
  if (last < line.length) parts.push({ text: line.slice(last) })
  return parts
}

/** "orderNumber" → "order number", for labels. */
export function placeholderLabel(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
}
