import { z } from 'zod'
import { isoDateSchema, reviewSchema, slugSchema, titleSchema, webUrlSchema } from './common.ts'

/** An article the knowledge draws on, kept for attribution. */
export const sourceSchema = z.strictObject({
  slug: slugSchema,
  title: titleSchema,
  publisher: titleSchema,
  /** Publication or last-updated date, when the article states one. */
  published: isoDateSchema.optional(),
  /** Where the article can be read, when known. */
  url: webUrlSchema.optional(),
  /** Optional for situations and sources: who keeps the entry current. */
  review: reviewSchema.optional(),
})

export type Source = z.infer<typeof sourceSchema>
