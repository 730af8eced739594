/** Checks on an SOP's step graph that a schema cannot express: every jump lands on a step. */

/** The parts of a step the flow check reads; both the file form and the CMS form have them. */
export interface FlowStep {
  key: string
  kind: 'action' | 'say' | 'decision'
  next?: string | null
  outcome?: string | null
  text?: string | null
  branches?: readonly { label: string; goto?: string | null; outcome?: string | null }[] | null
}

export interface FlowProblem {
  /** Path inside the SOP, e.g. `steps.3.branches.1.goto`. */
  path: string
  message: string
}

/** Every problem in an SOP's flow: duplicate keys, jumps to missing steps, unreachable steps. */
export function checkSopFlow(steps: readonly FlowStep[]): FlowProblem[] {
  const problems: FlowProblem[] = []
  const indexByKey = new Map<string, number>()
  steps.forEach((step, index) => {
    if (indexByKey.has(step.key)) {
      problems.push({ path: `steps.${index}.key`, message: `step key "${step.key}" is used twice; keys must be unique` })
    } else indexByKey.set(step.key, index)
  })

  const targetsOf = (step: FlowStep, index: number): { path: string; key: string }[] => {
    if (step.kind === 'decision') {
      return (step.branches ?? []).flatMap((branch, b) =>
        branch.goto ? [{ path: `steps.${index}.branches.${b}.goto`, key: branch.goto }] : [],
      )
    }
    return step.next ? [{ path: `steps.${index}.next`, key: step.next }] : []
  }

  steps.forEach((step, index) => {
    if (step.kind === 'action' && !step.text?.trim()) {
      problems.push({ path: `steps.${index}.text`, message: 'an action step needs text saying what to do' })
    }
    ;(step.kind === 'decision' ? (step.branches ?? []) : []).forEach((branch, b) => {
      if (Boolean(branch.goto) === Boolean(branch.outcome?.trim())) {
        problems.push({ path: `steps.${index}.branches.${b}`, message: 'a branch leads either to a step (goto) or to an outcome, exactly one of the two' })
      }
    })
    for (const target of targetsOf(step, index)) {
      if (!indexByKey.has(target.key)) {
        const known = [...indexByKey.keys()].join(', ')
        problems.push({ path: target.path, message: `points to step "${target.key}", which does not exist (steps: ${known})` })
      } else if (target.key === step.key) {
        problems.push({ path: target.path, message: `step "${step.key}" points to itself` })
      }
    }
  })
  if (problems.length > 0 || steps.length === 0) return problems

  // Walk from the first step; a step nobody can reach is almost always a wiring mistake.
  const reached = new Set<number>()
  const queue = [0]
  while (queue.length > 0) {
    const index = queue.pop()!
    if (reached.has(index)) continue
    reached.add(index)
    const step = steps[index]!
    const hasExplicitExit = step.kind === 'decision' || Boolean(step.next) || Boolean(step.outcome)
    for (const target of targetsOf(step, index)) queue.push(indexByKey.get(target.key)!)
    if (!hasExplicitExit && index + 1 < steps.length) queue.push(index + 1)
  }
  steps.forEach((step, index) => {
    if (!reached.has(index)) {
      problems.push({ path: `steps.${index}.key`, message: `step "${step.key}" cannot be reached from the first step` })
    }
  })
  return problems
}
