import { z } from 'zod'
import { valuesOf, STAGES } from '../taxonomy.ts'
import { aliasesSchema, distinctList, lineSchema, markdownSchema, reviewSchema, slugSchema, titleSchema } from './common.ts'

/** A conflict-resolution technique. Example scripts point at it, not the other way round. */
export const strategySchema = z.strictObject({
  slug: slugSchema,
  title: titleSchema,
  /** One line: what the technique is. */
  summary: lineSchema,
  /** Why it works, as Markdown (rich text in the CMS). */
  whyItWorks: markdownSchema,
  /** How to apply it, in order. */
  steps: z.array(lineSchema).min(1, 'a strategy needs at least one step'),
  /** What to avoid while using it. */
  pitfalls: z.array(lineSchema).default([]),
  stages: distinctList(z.enum(valuesOf(STAGES))).min(1, 'name at least one stage'),
  situations: distinctList(slugSchema).min(1, 'name at least one situation'),
  related: distinctList(slugSchema).default([]),
  /** The articles it draws on; every strategy credits at least one. */
  sources: distinctList(slugSchema).min(1, 'a strategy must credit at least one source'),
  aliases: aliasesSchema,
  review: reviewSchema,
})

export type Strategy = z.infer<typeof strategySchema>
