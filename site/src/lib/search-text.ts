/**
 * Text helpers for search results, safe to run in the browser: Pagefind's excerpt split into plain
 * and highlighted parts (rendered as text nodes and `<mark>`, never as HTML). A script line's
 * placeholders are split by lib/placeholders.ts.
 */

export interface TextPart {
  text: string
  /** True for a part Pagefind highlighted as matching the query. */
  marked: boolean
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" }

/**
 * Splits a Pagefind excerpt into plain and highlighted parts. Pagefind escapes `<` and `>` in the
 * page text and wraps matches in `<mark>`; any other tag-like text is kept as text.
 */
export function excerptParts(excerpt: string): TextPart[] {
  const parts: TextPart[] = []
  let marked = false
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true
    else if (piece === '</mark>') marked = false
    else if (piece) {
      const text = piece.replace(/&(lt|gt|amp|quot|#39|#x27);/g, (_, name: string) => ENTITIES[name]!)
      const last = parts.at(-1)
      if (last && last.marked === marked) last.text += text
      else parts.push({ text, marked })
    }
  }
  return parts
}
