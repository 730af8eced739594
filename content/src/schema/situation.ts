import { z } from 'zod'
import { aliasesSchema, lineSchema, reviewSchema, slugSchema } from './common.ts'

/** What is happening on a contact (angry caller, billing error); the key agents browse by. */
export const situationSchema = z.strictObject({
  slug: slugSchema,
  title: lineSchema,
  /** Two or three sentences shown at the top of the situation's playbook page. */
  description: lineSchema,
  aliases: aliasesSchema,
  /** Optional for situations and sources: who keeps the entry current. */
  review: reviewSchema.optional(),
})

export type Situation = z.infer<typeof situationSchema>
