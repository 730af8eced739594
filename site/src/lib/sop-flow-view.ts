import type { Step } from '@kb/content'

/**
 * An SOP's steps as the page and the diagram read them: numbered, with every way out of a step
 * resolved (next in order, a jump, an outcome, the end, or labelled branches). Pure: no Astro.
 */

/** A step something leads to; `number` is its 1-based place in the list (undefined if the key is unknown). */
export interface FlowTarget {
  key: string
  number: number | undefined
}

export type StepExit =
  /** Carry on with the next step in order. */
  | { kind: 'continue'; to: FlowTarget }
  /** Jump to another step (`next`). */
  | { kind: 'jump'; to: FlowTarget }
  /** The procedure ends here with this result (`outcome`). */
  | { kind: 'outcome'; text: string }
  /** The last step, with nothing after it: the procedure is done. */
  | { kind: 'end' }
  /** A decision: one of its branches is taken. */
  | { kind: 'branches'; branches: BranchView[] }

/** A decision's way out: to a step or to an outcome, exactly one of the two. */
export interface BranchView {
  label: string
  to?: FlowTarget
  outcome?: string
}

export interface StepView {
  step: Step
  key: string
  /** 1-based, as shown ("Step 3"). */
  number: number
  exit: StepExit
}

/** What an SOP's flow looks like step by step, in order. */
export function sopFlowView(steps: readonly Step[]): StepView[] {
  const numberByKey = new Map<string, number>()
  steps.forEach((step, index) => {
    if (!numberByKey.has(step.key)) numberByKey.set(step.key, index + 1)
  })
  const target = (key: string): FlowTarget => ({ key, number: numberByKey.get(key) })

  return steps.map((step, index) => {
    const following = steps[index + 1]
    let exit: StepExit
    if (step.kind === 'decision') {
      exit = {
        kind: 'branches',
        branches: step.branches.map((branch) => ({
          label: branch.label,
          ...(branch.goto ? { to: target(branch.goto) } : {}),
          ...(branch.outcome !== undefined ? { outcome: branch.outcome } : {}),
        })),
      }
    } else if (step.outcome) exit = { kind: 'outcome', text: step.outcome }
    else if (step.next) exit = { kind: 'jump', to: target(step.next) }
    else if (following) exit = { kind: 'continue', to: target(following.key) }
    else exit = { kind: 'end' }
    return { step, key: step.key, number: index + 1, exit }
  })
}

/** The anchor of a step on the SOP page: `#step-<key>` points at `id="step-<key>"`. */
export const stepId = (key: string) => `step-${key}`

/** What the diagram and the guided mode say when the last step ends without a stated outcome. */
export const END_OF_PROCEDURE = 'End of the procedure.'
