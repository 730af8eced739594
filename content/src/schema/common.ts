import { z } from 'zod'
import { unsafeUrls } from '../safe-markdown.ts'
import { isWebUrl } from '../safe-url.ts'
import { TEXT_LIMITS } from '../text-limits.ts'

/** A URL-safe identifier: lowercase words joined by single hyphens (`angry-caller`). */
export const slugSchema = z
  .string()
  .max(TEXT_LIMITS.slug, `must be at most ${TEXT_LIMITS.slug} characters`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens, e.g. "angry-caller"')

/** An absolute http(s) address, e.g. a source's URL: `javascript:` and other schemes are refused. */
export const webUrlSchema = z
  .string()
  .max(TEXT_LIMITS.url, `must be at most ${TEXT_LIMITS.url} characters`)
  .refine(isWebUrl, 'expected a web address starting with http:// or https://, e.g. "https://example.com/article"')

/** A calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ message: 'expected a date written YYYY-MM-DD' })

/** Trimmed, never empty, and at most `max` characters. */
export const boundedText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)

/** One line of prose (a script line, a step, a summary): a sentence or two, trimmed and never empty. */
export const lineSchema = boundedText(TEXT_LIMITS.line)

/** A name: an entry's title, a publisher, an owner, a role, an alias. */
export const titleSchema = boundedText(TEXT_LIMITS.title)

/** A short paragraph, e.g. a situation's description. */
export const paragraphSchema = boundedText(TEXT_LIMITS.paragraph)

/**
 * Markdown prose (rich text in the CMS), e.g. a strategy's "why it works". Links, images and
 * reference definitions may only point at addresses `isSafeUrl` allows (http, https, mailto, relative).
 */
export const markdownSchema = boundedText(TEXT_LIMITS.markdown).superRefine((markdown, ctx) => {
  for (const url of unsafeUrls(markdown)) {
    ctx.addIssue({ code: 'custom', message: `links to "${url}": only http(s) addresses with a host, mailto and relative links are allowed` })
  }
})

/**
 * Who keeps an entry current and how often it is due for review. `reviewIntervalDays` defaults
 * to 180 in the CMS; the files always state it so a review is never due by accident.
 */
export const reviewSchema = z.strictObject({
  /** The team or person answerable for the entry, e.g. "Quality team". */
  owner: titleSchema,
  /** The day the entry was last checked against practice. */
  lastReviewed: isoDateSchema,
  /** Days after `lastReviewed` when the entry is due for another look. */
  reviewIntervalDays: z.int().min(1).max(3650),
})

/**
 * The first entry of `list` that appears twice, as written the second time, or undefined. Entries
 * compare by id (a related document), or trimmed and case-insensitively (slugs, aliases,
 * channels). The one rule for lists, in the CMS (every save) and in `content:check` (issue 11.11).
 */
export function firstDuplicate(list: readonly unknown[]): string | undefined {
  const seen = new Set<string>()
  for (const item of list) {
    const key = item && typeof item === 'object' && 'id' in item ? String(item.id) : String(item).trim().toLowerCase()
    if (seen.has(key)) return String(item && typeof item === 'object' && 'id' in item ? item.id : item)
    seen.add(key)
  }
  return undefined
}

/** A list whose entries are all different (`firstDuplicate`), e.g. a script's situations or channels. */
export const distinctList = <Item extends z.ZodType>(item: Item) =>
  z.array(item).superRefine((list, ctx) => {
    const duplicate = firstDuplicate(list)
    if (duplicate !== undefined) ctx.addIssue({ code: 'custom', message: `"${duplicate}" is listed more than once: list each entry once` })
  })

/** Other words agents type for an entry ("charged twice"); indexed by search, never shown. */
export const aliasesSchema = distinctList(titleSchema).default([])

export type Review = z.infer<typeof reviewSchema>
