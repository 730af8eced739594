/**
 * The guided mode of an SOP page as a pure state machine: one step at a time, Next or one choice
 * per answer, Back, Start over. The page reads the steps from its list (lib/sop-guide-ui.ts), so
 * the list stays the one source; this module holds the rules and no DOM.
 */
import { END_OF_PROCEDURE, type StepView } from './sop-flow-view.ts'

/** A decision's answer: to a step (`goto`) or to an outcome, as the list's `data-*` carry them. */
export interface GuideBranch {
  label: string
  goto?: string
  outcome?: string
}

/**
 * One step as guided mode reads it: `key` and 1-based `number` (`data-step`, `data-number`), its
 * `kind`, where it leads (`next` step or `outcome`, none for the last) and a decision's `branches`.
 */
export interface GuideStep {
  key: string
  number: number
  kind: string
  next?: string
  outcome?: string
  branches: GuideBranch[]
}

/** Where the agent is: at a step, or at the end with what the procedure came to. */
export type GuidePlace = { step: string } | { outcome: string }

/** The whole state: the current place and the places before it (for Back). */
export interface GuideState {
  current: GuidePlace
  history: GuidePlace[]
}

/** A way on from a step: `next` (one, "Next") or `branch` (one per answer, labelled). */
export interface GuideChoice {
  kind: 'next' | 'branch'
  label: string
  to: GuidePlace
}

/** Looks steps up by key; the first step is where guidance starts. */
export interface GuideFlow {
  steps: readonly GuideStep[]
  byKey: ReadonlyMap<string, GuideStep>
}

/** The flow of an SOP's steps, in list order. */
export function guideFlow(steps: readonly GuideStep[]): GuideFlow {
  return { steps, byKey: new Map(steps.map((step) => [step.key, step])) }
}

/** The start: the first step, with nothing to go back to. */
export function startGuide(flow: GuideFlow): GuideState {
  return { current: { step: flow.steps[0]?.key ?? '' }, history: [] }
}

/** The step the agent is at, or `undefined` once the procedure has ended (or the key is unknown). */
export function currentStep(flow: GuideFlow, state: GuideState): GuideStep | undefined {
  return 'step' in state.current ? flow.byKey.get(state.current.step) : undefined
}

/** Where a step that is not a decision leads: its outcome, its next step, or the end of the procedure. */
function after(flow: GuideFlow, step: GuideStep): GuidePlace {
  if (step.outcome) return { outcome: step.outcome }
  if (step.next && flow.byKey.has(step.next)) return { step: step.next }
  return { outcome: END_OF_PROCEDURE }
}

/** The ways on from where the agent is: one per answer at a decision, "Next" elsewhere, none at the end. */
export function choicesAt(flow: GuideFlow, state: GuideState): GuideChoice[] {
  const step = currentStep(flow, state)
  if (!step) return []
  if (step.kind !== 'decision') return [{ kind: 'next', label: 'Next', to: after(flow, step) }]
  return step.branches.map((branch) => ({
    kind: 'branch',
    label: branch.label,
    to: branch.goto ? { step: branch.goto } : { outcome: branch.outcome ?? END_OF_PROCEDURE },
  }))
}

/** Moves to a place, remembering the current one for Back. */
export function goTo(state: GuideState, to: GuidePlace): GuideState {
  return { current: to, history: [...state.history, state.current] }
}

/** Back to the previous place; unchanged when there is none. */
export function goBack(state: GuideState): GuideState {
  const previous = state.history.at(-1)
  return previous ? { current: previous, history: state.history.slice(0, -1) } : state
}

/** What the status line says: "Step 2 of 4" at a step, "Done" at the end. */
export function guideStatus(flow: GuideFlow, state: GuideState): string {
  const step = currentStep(flow, state)
  return step ? `Step ${step.number} of ${flow.steps.length}` : 'Done'
}

/** What the procedure came to, once it has ended; `undefined` while the agent is at a step. */
export function guideOutcome(flow: GuideFlow, state: GuideState): string | undefined {
  if (currentStep(flow, state)) return undefined
  return 'outcome' in state.current ? state.current.outcome : END_OF_PROCEDURE
}

/** The guide steps of an SOP as its page lists them (`data-next` is the next step in order or a jump). */
export function guideStepsOf(views: readonly StepView[]): GuideStep[] {
  return views.map(({ key, number, step, exit }) => ({
    key,
    number,
    kind: step.kind,
    ...(exit.kind === 'continue' || exit.kind === 'jump' ? { next: exit.to.key } : {}),
    ...(exit.kind === 'outcome' ? { outcome: exit.text } : {}),
    branches: exit.kind === 'branches'
      ? exit.branches.map((branch) => ({ label: branch.label, ...(branch.to ? { goto: branch.to.key } : {}), ...(branch.outcome !== undefined ? { outcome: branch.outcome } : {}) }))
      : [],
  }))
}
