import { z } from 'zod'
import { aliasesSchema, distinctList, lineSchema, reviewSchema, slugSchema, titleSchema } from './common.ts'

/** A step's key: how branches and `next` refer to it, and the anchor on the SOP page. */
export const stepKeySchema = slugSchema

/** Where a step leads once done. Neither field: carry on with the next step in order. */
const stepExit = {
  /** Jump to this step instead of the next one in order. */
  next: stepKeySchema.optional(),
  /** The procedure ends here, with this result. */
  outcome: lineSchema.optional(),
}

export const actionStepSchema = z.strictObject({
  key: stepKeySchema,
  kind: z.literal('action'),
  /** What the agent does. */
  text: lineSchema,
  ...stepExit,
})

export const sayStepSchema = z.strictObject({
  key: stepKeySchema,
  kind: z.literal('say'),
  /** The empathy script to say at this point. */
  script: slugSchema,
  /** When or how to say it, if that needs saying. */
  text: lineSchema.optional(),
  ...stepExit,
})

/** A labelled way out of a decision: to another step, or to an outcome that ends the procedure. */
export const branchSchema = z
  .strictObject({
    label: lineSchema,
    goto: stepKeySchema.optional(),
    outcome: lineSchema.optional(),
  })
  .refine((branch) => (branch.goto === undefined) !== (branch.outcome === undefined), {
    message: 'a branch leads either to a step (goto) or to an outcome, exactly one of the two',
  })

export const decisionStepSchema = z.strictObject({
  key: stepKeySchema,
  kind: z.literal('decision'),
  /** The question the agent answers. */
  question: lineSchema,
  branches: z.array(branchSchema).min(2, 'a decision needs at least two branches'),
})

export const stepSchema = z.discriminatedUnion('kind', [actionStepSchema, sayStepSchema, decisionStepSchema])

/** A procedure for a tricky situation: ordered steps, some of them decisions. */
export const sopSchema = z.strictObject({
  slug: slugSchema,
  title: titleSchema,
  /** What the procedure is for, in a sentence or two. */
  purpose: lineSchema,
  /** When it applies. */
  trigger: lineSchema,
  /** Who takes part (agent, team lead, …). */
  roles: distinctList(titleSchema).min(1, 'name at least one role'),
  steps: z.array(stepSchema).min(1, 'an SOP needs at least one step'),
  /** When to hand the contact up, one criterion each. */
  escalation: z.array(lineSchema).default([]),
  /** The outcome that counts as resolved. */
  resolvedWhen: lineSchema,
  situations: distinctList(slugSchema).min(1, 'name at least one situation'),
  strategies: distinctList(slugSchema).default([]),
  aliases: aliasesSchema,
  review: reviewSchema,
})

export type Step = z.infer<typeof stepSchema>
export type Branch = z.infer<typeof branchSchema>
export type Sop = z.infer<typeof sopSchema>
