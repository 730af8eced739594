import { z } from 'zod'
import { CONTROL, FEEDBACK_ENTRY_TYPES, HTML_TAG } from './feedback.ts'
import { slugSchema } from './schema/common.ts'

/** The longest query kept, in characters (the site's search box has no limit; longer text is pasted, not searched). */
export const SEARCH_QUERY_MAX = 200
/** Most settled queries in one report (one page visit); the site sends a batch early when it fills. */
export const SEARCH_EVENTS_MAX = 20
/** Highest result rank reported as opened ("More results" shows ten at a time). */
export const SEARCH_RANK_MAX = 1_000

/** What the search did instead of, or besides, matching the words as typed (see site/src/lib/search-render.ts). */
export const SEARCH_FALLBACKS = [
  { value: 'closest', label: 'Closest situations offered' },
  { value: 'browse', label: 'Only browse links offered' },
] as const
export type SearchFallback = (typeof SEARCH_FALLBACKS)[number]['value']

const queryText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(SEARCH_QUERY_MAX, `must be at most ${SEARCH_QUERY_MAX} characters`)
  .refine((text) => !HTML_TAG.test(text), 'must be plain text: HTML tags are not accepted')
  .refine((text) => !CONTROL.test(text), 'must not contain control characters')

const entryRef = {
  entryType: z.enum(FEEDBACK_ENTRY_TYPES, { message: `expected one of ${FEEDBACK_ENTRY_TYPES.join(', ')}` }),
  slug: slugSchema,
}
const fallbackValues = SEARCH_FALLBACKS.map((fallback) => fallback.value) as [SearchFallback, ...SearchFallback[]]

/**
 * One settled search on the site (issue 13.3): the text as typed (redacted before it is sent and
 * again before it is stored, see redact-query.ts), how many results it had, the entry shown first,
 * the result the agent opened (its 1-based rank in the list), the text searched for when the
 * spelling was corrected or words were left out, the fallback offered, and whether the agent
 * asked for the words as typed. Entries are named as the feedback form names them.
 */
export const searchEventSchema = z.strictObject({
  query: queryText,
  results: z.int().min(0).max(1_000_000),
  top: z.strictObject(entryRef).optional(),
  opened: z.strictObject({ rank: z.int().min(1).max(SEARCH_RANK_MAX), ...entryRef }).optional(),
  correctedTo: queryText.optional(),
  fallback: z.enum(fallbackValues, { message: `expected one of ${fallbackValues.join(', ')}` }).optional(),
  verbatim: z.boolean().optional(),
})
export type SearchEvent = z.infer<typeof searchEventSchema>

/** The one body the public search-event endpoint accepts: `{ "events": [...] }`, 1 to 20 of them. */
export const searchEventBatchSchema = z.strictObject({
  events: z.array(searchEventSchema).min(1, 'must hold at least one event').max(SEARCH_EVENTS_MAX, `must hold at most ${SEARCH_EVENTS_MAX} events`),
})
export type SearchEventBatch = z.infer<typeof searchEventBatchSchema>
