/**
 * Guided mode on an SOP page: reads the steps from the list's `data-*` attributes (SopSteps.astro),
 * runs the state machine of lib/sop-guide.ts, and shows one step at a time with its buttons.
 * Hooks: `[data-guided-bar]`, `[data-guided-toggle]`, `[data-guided-status]`, `li[data-step]`,
 * `[data-guided-outcome]`, `[data-guided-outcome-text]`, `[data-guided-controls]`.
 */
import { choicesAt, currentStep, goBack, goTo, guideFlow, guideOutcome, guideStatus, startGuide, type GuideFlow, type GuideState, type GuideStep } from './sop-guide.ts'

/** The steps as guided mode needs them, from the list items' `data-*` attributes. */
export function readGuideSteps(flow: HTMLElement): GuideStep[] {
  return [...flow.querySelectorAll<HTMLElement>('li[data-step]')].map((item) => ({
    key: item.dataset.step ?? '',
    number: Number(item.dataset.number),
    kind: item.dataset.stepKind ?? '',
    ...(item.dataset.next ? { next: item.dataset.next } : {}),
    ...(item.dataset.outcome ? { outcome: item.dataset.outcome } : {}),
    branches: [...item.querySelectorAll<HTMLElement>('li[data-label]')].map((branch) => ({
      label: branch.dataset.label ?? '',
      ...(branch.dataset.goto ? { goto: branch.dataset.goto } : {}),
      ...(branch.dataset.outcome !== undefined ? { outcome: branch.dataset.outcome } : {}),
    })),
  }))
}

/** A button carrying a hook attribute, for the controls guided mode draws. */
function button(text: string, hook: string, value: string, onClick: () => void, secondary = false): HTMLButtonElement {
  const element = document.createElement('button')
  element.type = 'button'
  element.textContent = text
  element.setAttribute(hook, value)
  if (secondary) element.className = 'secondary'
  element.addEventListener('click', onClick)
  return element
}

/** Moves focus to a container's heading, so a screen reader announces the new step. */
function focusHeading(container: HTMLElement): void {
  const heading = container.querySelector<HTMLElement>('h3')
  if (!heading) return
  heading.tabIndex = -1
  heading.focus()
}

/** Wires the toggle of one `[data-sop-flow]` section and reveals it; the list works without this. */
export function mountSopGuide(section: HTMLElement): void {
  const bar = section.querySelector<HTMLElement>('[data-guided-bar]')
  const toggle = bar?.querySelector<HTMLButtonElement>('[data-guided-toggle]')
  const status = bar?.querySelector<HTMLElement>('[data-guided-status]')
  const outcome = section.querySelector<HTMLElement>('[data-guided-outcome]')
  const outcomeText = outcome?.querySelector<HTMLElement>('[data-guided-outcome-text]')
  const controls = section.querySelector<HTMLElement>('[data-guided-controls]')
  if (!bar || !toggle || !status || !outcome || !outcomeText || !controls) return
  const items = new Map([...section.querySelectorAll<HTMLElement>('li[data-step]')].map((item) => [item.dataset.step ?? '', item]))
  const flow: GuideFlow = guideFlow(readGuideSteps(section))
  let state = startGuide(flow)

  const move = (next: GuideState) => {
    state = next
    show()
  }
  const show = () => {
    for (const item of items.values()) item.removeAttribute('data-guided-current')
    const step = currentStep(flow, state)
    const item = step && items.get(step.key)
    const ways = document.createElement('div')
    ways.className = 'sop-ways'
    for (const choice of choicesAt(flow, state)) {
      const onClick = () => move(goTo(state, choice.to))
      ways.append(choice.kind === 'next' ? button(choice.label, 'data-guided-next', '', onClick) : button(choice.label, 'data-branch', choice.label, onClick))
    }
    item?.setAttribute('data-guided-current', '')
    outcome.hidden = item !== undefined
    outcomeText.textContent = guideOutcome(flow, state) ?? ''
    status.textContent = guideStatus(flow, state)
    const back = button('Back', 'data-guided-back', '', () => move(goBack(state)), true)
    back.disabled = state.history.length === 0
    const restart = button('Start over', 'data-guided-restart', '', () => move(startGuide(flow)), true)
    const more = document.createElement('div')
    more.className = 'sop-more'
    more.append(back, restart)
    controls.replaceChildren(ways, more)
    controls.hidden = false
    const container = item ?? outcome
    container.append(controls)
    focusHeading(container)
  }

  const setGuided = (on: boolean) => {
    toggle.setAttribute('aria-pressed', String(on))
    section.toggleAttribute('data-guided', on)
    if (on) return move(startGuide(flow))
    for (const item of items.values()) item.removeAttribute('data-guided-current')
    outcome.hidden = true
    controls.hidden = true
    controls.replaceChildren()
    section.append(controls)
    status.textContent = ''
  }

  toggle.addEventListener('click', () => setGuided(toggle.getAttribute('aria-pressed') !== 'true'))
  bar.hidden = false
}
