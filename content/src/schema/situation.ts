import { z } from 'zod'
import { aliasesSchema, lineSchema, slugSchema } from './common.ts'

/** What is happening on a contact (angry caller, billing error); the key agents browse by. */
export const situationSchema = z.strictObject({
  slug: slugSchema,
  title: lineSchema,
  /** Two or three sentences shown at the top of the situation's playbook page. */
  description: lineSchema,
  aliases: aliasesSchema,
})

export type Situation = z.infer<typeof situationSchema>
