import { z } from 'zod'
import { CHANNELS, STAGES, TONES, valuesOf } from '../taxonomy.ts'
import { aliasesSchema, distinctList, lineSchema, reviewSchema, slugSchema, titleSchema } from './common.ts'

/** One line an agent can say, with what not to say instead. */
export const scriptSchema = z.strictObject({
  slug: slugSchema,
  /** A short handle for lists, e.g. "Own the delay". */
  title: titleSchema,
  /** The words to say, with `{placeholders}` where the call supplies the details. */
  line: lineSchema,
  /** The tempting line that makes things worse. */
  insteadOf: lineSchema.optional(),
  situations: distinctList(slugSchema).min(1, 'a script needs at least one situation'),
  stage: z.enum(valuesOf(STAGES)),
  channels: distinctList(z.enum(valuesOf(CHANNELS))).min(1, 'name at least one channel'),
  tone: z.enum(valuesOf(TONES)),
  /** One sentence on why the line works. */
  why: lineSchema,
  /** The strategies this line puts into practice. */
  strategies: distinctList(slugSchema).default([]),
  aliases: aliasesSchema,
  review: reviewSchema,
})

export type Script = z.infer<typeof scriptSchema>
