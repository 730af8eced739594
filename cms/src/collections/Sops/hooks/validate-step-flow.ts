import { checkSopFlow, type FlowStep } from '@kb/content'
import { ValidationError, type CollectionBeforeChangeHook } from 'payload'
import { sopsSlug } from '../../slugs.ts'

/**
 * Refuses an SOP whose steps jump nowhere (a branch or `next` naming a missing step, duplicate
 * step keys, unreachable steps). The same check `content:check` runs on the library files, so
 * a 400 here names the same field path, e.g. `steps.3.branches.1.goto`.
 */
export const validateStepFlow: CollectionBeforeChangeHook = ({ data, req }) => {
  const steps = (data.steps ?? []) as FlowStep[]
  const problems = checkSopFlow(steps)
  if (problems.length > 0) {
    throw new ValidationError({ collection: sopsSlug, errors: problems.map(({ path, message }) => ({ path, message })), req })
  }
  return data
}
