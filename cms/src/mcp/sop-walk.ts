import type { Sop } from '@kb/content'
import type { z } from 'zod'
import { sopFlowView, END_OF_PROCEDURE, type StepView } from '../../../site/src/lib/sop-flow-view.ts'
import { choicesAt, currentStep, goTo, guideFlow, guideOutcome, guideStatus, guideStepsOf, type GuideState } from '../../../site/src/lib/sop-guide.ts'
import { lineLink } from './entry-views.ts'
import type { SopStepView, sopSchema, sopWalkSchema } from './output-schemas.ts'
import type { PublishedLibrary } from './published-library.ts'
import { pageUrl, trustOf } from './trust.ts'

/**
 * An SOP as structure (`get_sop`) and walked one decision at a time (`next_sop_step`), on the
 * site's own flow model (lib/sop-flow-view.ts) and guided-mode rules (lib/sop-guide.ts), so an
 * assistant and the page's guided mode take the same path.
 */

/** Bad input a tool reports back to the assistant, naming the field. */
export class ToolInputError extends Error {}

function stepView(kb: PublishedLibrary, view: StepView): SopStepView {
  const { step, exit } = view
  const script = step.kind === 'say' ? kb.data.script(step.script) : undefined
  return {
    number: view.number,
    key: view.key,
    kind: step.kind,
    text: step.kind === 'decision' ? null : step.text ?? null,
    question: step.kind === 'decision' ? step.question : null,
    say: script ? lineLink(script) : null,
    then: exit.kind === 'branches'
      ? { kind: 'branches', branches: exit.branches.map((b) => ({ label: b.label, step: b.to?.key, number: b.to?.number, outcome: b.outcome })) }
      : exit.kind === 'outcome' ? { kind: 'outcome', outcome: exit.text }
      : exit.kind === 'end' ? { kind: 'end', outcome: END_OF_PROCEDURE }
      : { kind: exit.kind, step: exit.to.key, number: exit.to.number },
  }
}

export function sopView(kb: PublishedLibrary, sop: Sop): z.infer<typeof sopSchema> {
  const link = (part: 'situations' | 'strategies') => (slug: string) => {
    const entry = part === 'situations' ? kb.data.situation(slug) : kb.data.strategy(slug)
    return entry ? [{ slug, title: entry.title, url: pageUrl(part, slug) }] : []
  }
  return {
    slug: sop.slug, title: sop.title, purpose: sop.purpose, trigger: sop.trigger, roles: sop.roles,
    steps: sopFlowView(sop.steps).map((view) => stepView(kb, view)),
    escalation: sop.escalation, resolvedWhen: sop.resolvedWhen,
    situations: sop.situations.flatMap(link('situations')),
    strategies: sop.strategies.flatMap(link('strategies')),
    trust: trustOf('sops', sop.slug, kb.updatedAt('sops', sop.slug), sop.review),
  }
}

/**
 * From `step` (the first step when omitted), answering its decision with `choice` when given,
 * walks on through steps that need no answer and stops at the next decision or outcome.
 * `choice` matches a branch label case-insensitively, or is its 1-based number.
 */
export function walkSop(kb: PublishedLibrary, sop: Sop, step?: string, choice?: string): z.infer<typeof sopWalkSchema> {
  const views = sopFlowView(sop.steps)
  const flow = guideFlow(guideStepsOf(views))
  const at = step ?? flow.steps[0]?.key ?? ''
  if (!flow.byKey.has(at)) {
    throw new ToolInputError(`step: "${at}" is not a step of SOP "${sop.slug}"; expected one of ${flow.steps.map((s) => `"${s.key}"`).join(', ')}`)
  }
  let state: GuideState = { current: { step: at }, history: [] }
  if (choice !== undefined) {
    const options = choicesAt(flow, state)
    if (flow.byKey.get(at)?.kind !== 'decision') {
      throw new ToolInputError(`choice: step "${at}" is not a decision; call again without choice to walk on from it`)
    }
    const wanted = choice.trim().toLowerCase()
    const chosen = options.find((option, index) => option.label.toLowerCase() === wanted || String(index + 1) === wanted)
    if (!chosen) throw new ToolInputError(`choice: "${choice}" is not an answer at step "${at}"; expected one of ${options.map((o) => `"${o.label}"`).join(', ')}`)
    state = goTo(state, chosen.to)
  }
  const walked: StepView[] = []
  const seen = new Set<string>()
  for (let current = currentStep(flow, state); current && !seen.has(current.key); current = currentStep(flow, state)) {
    seen.add(current.key)
    walked.push(views[current.number - 1]!)
    if (current.kind === 'decision') break
    state = goTo(state, choicesAt(flow, state)[0]!.to)
  }
  const decision = currentStep(flow, state)
  const outcome = guideOutcome(flow, state)
  return {
    sop: { slug: sop.slug, title: sop.title, url: pageUrl('sops', sop.slug) },
    steps: walked.map((view) => stepView(kb, view)),
    stop: decision?.kind === 'decision'
      ? { kind: 'decision', step: decision.key, question: stepView(kb, views[decision.number - 1]!).question ?? '', choices: decision.branches.map((b) => b.label) }
      : { kind: 'outcome', outcome: outcome ?? END_OF_PROCEDURE },
    status: guideStatus(flow, state),
    trust: trustOf('sops', sop.slug, kb.updatedAt('sops', sop.slug), sop.review),
  }
}
