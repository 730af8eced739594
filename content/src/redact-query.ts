/**
 * What search analytics may keep of what an agent typed (issue 13.3): anything that looks
 * personal is replaced by a bracketed label before the text is stored or sent. In order:
 * email addresses → `[email]`, card-like numbers (13–19 digits, spaces or dashes between) →
 * `[card]`, phone numbers (groups of digits split by spaces, dots, dashes or brackets, 7+ digits in all, an optional `+`) →
 * `[phone]`, UK and Canadian postcodes → `[postcode]`, and any other number of more than 3 digits
 * (order, account, ZIP codes) → `[number]`. Short numbers ("3 days", "error 404") stay.
 */
const RULES: readonly [RegExp, string][] = [
  [/[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[a-z]{2,}/gi, '[email]'],
  [/(?<![\w])\d(?:[ -]?\d){12,18}(?![\w])/g, '[card]'],
  [/(?<![\w+])\+?\(?\d{1,5}\)?(?:[ .-]\(?\d{1,6}\)?){1,5}(?![\w])/g, '[phone]'],
  [/\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[ABD-HJLNP-UW-Z]{2}\b/gi, '[postcode]'],
  [/\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ -]?\d[ABCEGHJ-NPRSTV-Z]\d\b/gi, '[postcode]'],
  [/\d{4,}/g, '[number]'],
]

/** Any of the labels `redactQuery` puts in place of personal details. */
const LABEL = new RegExp(`(?:${[...new Set(RULES.map(([, label]) => label))].map((label) => label.replace(/[[\]]/g, '\\$&')).join('|')})`)

/** Whether the text holds a part `redactQuery` replaced (such a query is no use as an alias). */
export function isRedacted(text: string): boolean {
  return LABEL.test(text)
}

/** A phone-like run counts only when it holds at least 7 digits (dates and times stay). */
const DIGITS_IN_A_PHONE = 7

/** The query with personal-looking parts replaced, whitespace collapsed. */
export function redactQuery(query: string): string {
  let text = query.replace(/\s+/g, ' ').trim()
  for (const [pattern, label] of RULES) {
    text = text.replace(pattern, (match) => (label === '[phone]' && match.replace(/\D/g, '').length < DIGITS_IN_A_PHONE ? match : label))
  }
  return text
}
