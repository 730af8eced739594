/** Guided mode on an SOP page: the state machine behind Next, the answers, Back and Start over. */
import { describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { END_OF_PROCEDURE, sopFlowView } from '../../site/src/lib/sop-flow-view.ts'
import { choicesAt, currentStep, goBack, goTo, guideFlow, guideOutcome, guideStatus, guideStepsOf, startGuide, type GuideFlow, type GuideState } from '../../site/src/lib/sop-guide.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

const fixtureSop = checkLibrary(FIXTURE_LIBRARY_DIR).library.sops.find((sop) => sop.slug === 'late-parcel-call')!
const flow = guideFlow(guideStepsOf(sopFlowView(fixtureSop.steps)))

/** Takes the way on labelled `label` from where the guide is. */
function choose(guide: GuideFlow, state: GuideState, label: string): GuideState {
  const choice = choicesAt(guide, state).find((c) => c.label === label)
  if (!choice) throw new Error(`no "${label}" at ${JSON.stringify(state.current)}: ${choicesAt(guide, state).map((c) => c.label).join(', ')}`)
  return goTo(state, choice.to)
}

describe('guided mode of an SOP', () => {
  it('starts at step 1 with only "Next" and nothing to go back to', () => {
    const state = startGuide(flow)
    expect(currentStep(flow, state)?.key).toBe('apologize')
    expect(guideStatus(flow, state)).toBe('Step 1 of 4')
    expect(choicesAt(flow, state).map((c) => c.label)).toEqual(['Next'])
    expect(state.history).toEqual([])
  })

  it('offers one button per answer at a decision, and the "No" answer ends with its outcome', () => {
    let state = choose(flow, choose(flow, startGuide(flow), 'Next'), 'Next')
    expect(currentStep(flow, state)?.key).toBe('lost')
    expect(choicesAt(flow, state).map((c) => c.label)).toEqual(['Yes', 'No'])
    state = choose(flow, state, 'No')
    expect(currentStep(flow, state)).toBeUndefined()
    expect(guideOutcome(flow, state)).toBe('Give the new delivery date and close.')
    expect(guideStatus(flow, state)).toBe('Done')
    expect(choicesAt(flow, state)).toEqual([])
  })

  it('follows "Yes" to the offer, whose Next ends the procedure, and Back returns to the decision', () => {
    let state = choose(flow, choose(flow, choose(flow, startGuide(flow), 'Next'), 'Next'), 'Yes')
    expect(currentStep(flow, state)?.key).toBe('offer')
    expect(guideOutcome(flow, choose(flow, state, 'Next'))).toBe(END_OF_PROCEDURE)
    state = goBack(state)
    expect(currentStep(flow, state)?.key).toBe('lost')
    expect(guideStatus(flow, state)).toBe('Step 3 of 4')
  })

  it('stays put when Back is pressed at the first step', () => {
    const state = startGuide(flow)
    expect(goBack(state)).toBe(state)
  })

  it('leads every answer and every Next of every library SOP to one of its steps or to an outcome', () => {
    const dangling: string[] = []
    for (const sop of checkLibrary().library.sops) {
      const guide = guideFlow(guideStepsOf(sopFlowView(sop.steps)))
      for (const step of guide.steps) {
        for (const choice of choicesAt(guide, { current: { step: step.key }, history: [] })) {
          if ('step' in choice.to && !guide.byKey.has(choice.to.step)) dangling.push(`${sop.slug}.${step.key} → ${choice.to.step}`)
          if ('outcome' in choice.to && choice.to.outcome.trim() === '') dangling.push(`${sop.slug}.${step.key}: empty outcome`)
        }
      }
    }
    expect(dangling).toEqual([])
  })
})
