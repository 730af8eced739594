/**
 * Text helpers for search results, safe to run in the browser: Pagefind's excerpt split into plain
 * and highlighted parts (rendered as text nodes and `<mark>`, never as HTML), a script line's
 * placeholders, and the situation a query names outright.
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

export type LinePart = { text: string } | { placeholder: string }

/** Splits a script line into text and `{placeholder}` parts (the same pattern the CMS enforces). */
export function linePlaceholders(line: string): LinePart[] {
  const parts: LinePart[] = []
  let last = 0
  for (const match of line.matchAll(/\{([a-zA-Z][a-zA-Z0-9]*)\}/g)) {
    if (match.index > last) parts.push({ text: line.slice(last, match.index) })
    parts.push({ placeholder: match[1]! })
    last = match.index + match[0].length
  }
  if (last < line.length) parts.push({ text: line.slice(last) })
  return parts
}

/** A situation by the names agents use for it: its title and its aliases. */
export interface SituationNames {
  title: string
  names: string[]
}

/** Lowercase words only, so "Charged twice!" and "charged  twice" compare equal. */
export function normalizeQuery(text: string): string {
  return text.toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[^\p{L}\p{N}']+/gu, ' ').trim()
}

/** Shortest query that may name a situation by the start of one of its names. */
const MIN_PREFIX = 4

/**
 * The title of the situation the query names: one whose title or alias equals the query, or,
 * while the agent is still typing, the only one with a name that starts with it. Undefined when
 * the query names none, or is ambiguous.
 */
export function situationNamedBy(query: string, situations: SituationNames[]): string | undefined {
  const wanted = normalizeQuery(query)
  if (!wanted) return undefined
  const named = (test: (name: string) => boolean) =>
    situations.filter((s) => [s.title, ...s.names].some((name) => test(normalizeQuery(name))))
  const exact = named((name) => name === wanted)
  if (exact.length > 0) return exact.length === 1 ? exact[0]!.title : undefined
  if (wanted.length < MIN_PREFIX) return undefined
  const started = named((name) => name.startsWith(wanted))
  return started.length === 1 ? started[0]!.title : undefined
}
