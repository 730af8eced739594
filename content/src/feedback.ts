import { z } from 'zod'
import { slugSchema } from './schema/common.ts'

/** What an agent can say about an entry, in the order the site offers them. */
export const FEEDBACK_VERDICTS = [
  { value: 'helped', label: 'It helped' },
  { value: 'outdated', label: 'Outdated' },
  { value: 'wrong', label: 'Wrong' },
  { value: 'missing', label: 'Missing something' },
  { value: 'didnt-work', label: "Didn't work with the customer" },
] as const
export type FeedbackVerdict = (typeof FEEDBACK_VERDICTS)[number]['value']

/** The kinds of entry with a page, and so a feedback form, with the site path of each. */
export const FEEDBACK_ENTRY_PATHS = {
  script: (slug: string) => `/scripts/${slug}/`,
  strategy: (slug: string) => `/strategies/${slug}/`,
  sop: (slug: string) => `/sops/${slug}/`,
  situation: (slug: string) => `/situations/${slug}/`,
} as const
export type FeedbackEntryType = keyof typeof FEEDBACK_ENTRY_PATHS

/** The longest comment kept, in characters. */
export const FEEDBACK_COMMENT_MAX = 1_000

/** Anything that reads as an HTML tag, comment or doctype (`<b`, `</p`, `<!--`); "a < b" and "<3" are fine. */
export const HTML_TAG = /<\s*[a-z!/?]/i
/** Control characters other than tab and line breaks. */
export const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/

const verdictValues = FEEDBACK_VERDICTS.map((verdict) => verdict.value) as [FeedbackVerdict, ...FeedbackVerdict[]]
export const FEEDBACK_ENTRY_TYPES = Object.keys(FEEDBACK_ENTRY_PATHS) as [FeedbackEntryType, ...FeedbackEntryType[]]

/**
 * The one shape the public feedback endpoint accepts (the site's "Did this help?" form): which
 * entry, the verdict, and an optional plain-text comment of at most 1,000 characters. Unknown
 * fields, markup and control characters are refused rather than cleaned, so nothing with HTML
 * is ever stored. An empty comment counts as none.
 */
export const feedbackInputSchema = z.strictObject({
  entryType: z.enum(FEEDBACK_ENTRY_TYPES, { message: `expected one of ${FEEDBACK_ENTRY_TYPES.join(', ')}` }),
  slug: slugSchema,
  verdict: z.enum(verdictValues, { message: `expected one of ${verdictValues.join(', ')}` }),
  comment: z
    .string()
    .trim()
    .max(FEEDBACK_COMMENT_MAX, `must be at most ${FEEDBACK_COMMENT_MAX} characters`)
    .refine((text) => !HTML_TAG.test(text), 'must be plain text: HTML tags are not accepted')
    .refine((text) => !CONTROL.test(text), 'must not contain control characters')
    .optional()
    .transform((text) => (text ? text : undefined)),
})
export type FeedbackInput = z.infer<typeof feedbackInputSchema>
