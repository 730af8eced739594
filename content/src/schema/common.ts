import { z } from 'zod'

/** A URL-safe identifier: lowercase words joined by single hyphens (`angry-caller`). */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lowercase words joined by hyphens, e.g. "angry-caller"')

/** A calendar date written `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ message: 'expected a date written YYYY-MM-DD' })

/** One line of prose, trimmed and never empty. */
export const lineSchema = z.string().trim().min(1, 'must not be empty')

/**
 * Who keeps an entry current and how often it is due for review. `reviewIntervalDays` defaults
 * to 180 in the CMS; the files always state it so a review is never due by accident.
 */
export const reviewSchema = z.strictObject({
  /** The team or person answerable for the entry, e.g. "Quality team". */
  owner: lineSchema,
  /** The day the entry was last checked against practice. */
  lastReviewed: isoDateSchema,
  /** Days after `lastReviewed` when the entry is due for another look. */
  reviewIntervalDays: z.int().min(1).max(3650),
})

/** Other words agents type for an entry ("charged twice"); indexed by search, never shown. */
export const aliasesSchema = z.array(lineSchema).default([])

export type Review = z.infer<typeof reviewSchema>
