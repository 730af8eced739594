import { checkSopFlow, type FlowStep } from '@kb/content'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import type { Sop } from '../../../payload-types.ts'
import { sopsSlug } from '../../slugs.ts'

/** A step block as the flow check reads it: its `blockType` is the step's `kind`. */
const flowStep = (step: Sop['steps'][number]): FlowStep =>
  step.blockType === 'decision'
    ? { key: step.key, kind: step.blockType, branches: step.branches }
    : { key: step.key, kind: step.blockType, text: step.text, next: step.next, outcome: step.outcome }

/**
 * Refuses an SOP whose steps jump nowhere (a branch or `next` naming a missing step, duplicate
 * step keys, unreachable steps). The same check `content:check` runs on the library files, so
 * a 400 here names the same field path, e.g. `steps.3.branches.1.goto`.
 */
export const validateStepFlow: CollectionBeforeChangeHook<Sop> = ({ data, req }) => {
  const problems = checkSopFlow((data.steps ?? []).map(flowStep))
  if (problems.length > 0) {
    throw new ValidationError({ collection: sopsSlug, errors: problems.map(({ path, message }) => ({ path, message })), req })
  }
  return data
}
