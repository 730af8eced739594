import { z } from 'zod'
import { isoDateSchema, lineSchema, reviewSchema, slugSchema } from './common.ts'

/** An article the knowledge draws on, kept for attribution. */
export const sourceSchema = z.strictObject({
  slug: slugSchema,
  title: lineSchema,
  publisher: lineSchema,
  /** Publication or last-updated date, when the article states one. */
  published: isoDateSchema.optional(),
  /** Where the article can be read, when known. */
  url: z.url().optional(),
  /** Optional for situations and sources: who keeps the entry current. */
  review: reviewSchema.optional(),
})

export type Source = z.infer<typeof sourceSchema>
