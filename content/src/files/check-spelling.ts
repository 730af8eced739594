import type { Library, LibraryPart } from '../library.ts'
import type { LocatedEntry } from './read-library.ts'
import type { Problem } from './problem.ts'

/**
 * The library's one spelling locale: American English ("apologize", "behavior", "canceled",
 * "center"), as the README's content notes say. Search treats the British spelling as equal, so
 * agents find entries either way; the files themselves use one spelling throughout.
 */
export const SPELLING_LOCALE = 'American English'

/** British stems, the American stem, and the endings each takes; every combination is checked. */
const FAMILIES: readonly (readonly [british: string, american: string, endings: readonly string[]])[] = [
  // -ise / -isation → -ize / -ization
  ...[
    'apologis', 'authoris', 'categoris', 'criticis', 'customis', 'emphasis', 'finalis', 'familiaris', 'itemis',
    'memoris', 'minimis', 'normalis', 'organis', 'personalis', 'prioritis', 'realis', 'recognis', 'specialis',
    'standardis', 'summaris', 'sympathis', 'utilis', 'verbalis', 'visualis',
  ].map((stem) => [stem, stem.replace(/is$/, 'iz'), ['e', 'ed', 'es', 'ing', 'er', 'ers', 'ation', 'ations']] as const),
  // -our → -or
  ...['behaviour', 'colour', 'endeavour', 'favour', 'harbour', 'honour', 'humour', 'labour', 'neighbour', 'rumour'].map(
    (stem) => [stem, stem.replace(/our$/, 'or'), ['', 's', 'ed', 'ing', 'al', 'able', 'ite', 'ites', 'ably']] as const,
  ),
  // doubled l before -ed / -ing
  ...['cancel', 'counsel', 'fuel', 'label', 'level', 'model', 'signal', 'total', 'travel'].map(
    (stem) => [`${stem}l`, stem, ['ed', 'ing', 'er', 'ers']] as const,
  ),
  // -yse → -yze
  ['analys', 'analyz', ['e', 'ed', 'es', 'ing']],
  ['paralys', 'paralyz', ['e', 'ed', 'es', 'ing']],
  // -re → -er
  ['centre', 'center', ['', 's', 'd']],
  ['metre', 'meter', ['', 's']],
  ['litre', 'liter', ['', 's']],
  // -ence → -ense
  ['licence', 'license', ['', 's']],
  ['defence', 'defense', ['', 's']],
  ['offence', 'offense', ['', 's']],
  // -ement after a soft g
  ['acknowledgement', 'acknowledgment', ['', 's']],
  // single words
  ['cheque', 'check', ['', 's']],
  ['programme', 'program', ['', 's']],
  ['enrolment', 'enrollment', ['', 's']],
  ['instalment', 'installment', ['', 's']],
  ['fulfil', 'fulfill', ['', 's']],
  ['catalogue', 'catalog', ['', 's']],
  ['jewellery', 'jewelry', ['']],
  ['grey', 'gray', ['']],
  ['tyre', 'tire', ['', 's']],
  ['aluminium', 'aluminum', ['']],
  ['manoeuvre', 'maneuver', ['', 's', 'd']],
  ['ageing', 'aging', ['']],
]

/** Every British spelling the check knows, mapped to the American spelling to write instead. */
export const BRITISH_TO_AMERICAN: ReadonlyMap<string, string> = new Map(
  FAMILIES.flatMap(([british, american, endings]) => endings.map((end) => [british + end, american + end] as const)),
)

/** Fields that quote someone else's words (a source article's title and publisher) or are not prose. */
const EXEMPT: Partial<Record<LibraryPart, readonly string[]>> = { sources: ['title', 'publisher', 'url'] }

/** The British spellings in a piece of text, each with the American spelling to use. */
export function britishSpellingsIn(text: string): { found: string; use: string }[] {
  const hits: { found: string; use: string }[] = []
  for (const word of text.match(/[\p{L}]+/gu) ?? []) {
    const american = BRITISH_TO_AMERICAN.get(word.toLowerCase())
    if (american === undefined) continue
    const use = word[0] === word[0]!.toUpperCase() ? american[0]!.toUpperCase() + american.slice(1) : american
    hits.push({ found: word, use })
  }
  return hits
}

/** Every British spelling anywhere in the library's own prose (slugs, lines, aliases, steps). */
export function checkSpelling(library: Library, entries: readonly LocatedEntry[]): Problem[] {
  const problems: Problem[] = []
  const located = new Map(entries.map((e) => [`${e.part}/${e.slug}`, e]))
  for (const part of Object.keys(library) as LibraryPart[]) {
    for (const entry of library[part] as readonly object[]) {
      const where = located.get(`${part}/${(entry as { slug: string }).slug}`)
      if (where === undefined) continue
      for (const [path, text] of stringsWithPaths(entry, [])) {
        if (path.length === 1 && EXEMPT[part]?.includes(String(path[0]))) continue
        for (const { found, use } of britishSpellingsIn(text)) {
          problems.push({
            file: where.file,
            field: path.join('.'),
            line: where.lineOf(path),
            message: `spells "${found}" the British way; the library is written in ${SPELLING_LOCALE}, so write "${use}"`,
          })
        }
      }
    }
  }
  return problems
}

function stringsWithPaths(value: unknown, path: (string | number)[]): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]]
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsWithPaths(item, [...path, i]))
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsWithPaths(item, [...path, key]))
  }
  return []
}
