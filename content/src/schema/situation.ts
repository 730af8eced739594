import { z } from 'zod'
import { aliasesSchema, paragraphSchema, reviewSchema, slugSchema, titleSchema } from './common.ts'

/** What is happening on a contact (angry caller, billing error); the key agents browse by. */
export const situationSchema = z.strictObject({
  slug: slugSchema,
  title: titleSchema,
  /** Two or three sentences shown at the top of the situation's playbook page. */
  description: paragraphSchema,
  aliases: aliasesSchema,
  /** Optional for situations and sources: who keeps the entry current. */
  review: reviewSchema.optional(),
})

export type Situation = z.infer<typeof situationSchema>
