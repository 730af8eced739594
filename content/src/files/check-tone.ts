import type { Stage } from '../taxonomy.ts'
import type { Library } from '../library.ts'
import type { LocatedEntry } from './read-library.ts'
import type { Problem } from './problem.ts'

/**
 * Where a lighthearted line (a joke about the hold music, the off-and-on cliché) may sit: only once
 * the issue is under control. A joke while the customer is still annoyed reads as not taking them
 * seriously, so the stages where they may still be (listen, acknowledge, apologize, set a boundary,
 * escalate, …) are closed to it.
 */
export const LIGHTHEARTED_STAGES: readonly Stage[] = ['resolve', 'close', 'follow-up']

/**
 * Lighthearted scripts outside the stages where the customer's mood has eased; and self-talk (the
 * `reflect` stage, what an agent says to themself or a colleague after the contact) written as if
 * for a customer, with a "not this" line or a placeholder for the customer's details.
 */
export function checkTone(library: Library, entries: readonly LocatedEntry[]): Problem[] {
  const located = new Map(entries.filter((e) => e.part === 'scripts').map((e) => [e.slug, e]))
  const problems: Problem[] = []
  for (const script of library.scripts) {
    const at = located.get(script.slug)
    if (script.stage === 'reflect' && at !== undefined) {
      if (script.insteadOf !== undefined) {
        problems.push({ file: at.file, field: 'insteadOf', line: at.lineOf(['insteadOf']), message: 'is set on a reflect line, which an agent says to themself after the contact, not to a customer; leave it out' })
      }
      const customerPlaceholder = /\{(customer|order|account|case)[A-Za-z]*\}/.exec(script.line)
      if (customerPlaceholder !== null) {
        problems.push({ file: at.file, field: 'line', line: at.lineOf(['line']), message: `holds ${customerPlaceholder[0]}, but a reflect line is self-talk after the contact, not words for a customer` })
      }
    }
    if (at === undefined || script.tone !== 'lighthearted' || LIGHTHEARTED_STAGES.includes(script.stage)) continue
    problems.push({
      file: at.file,
      field: 'stage',
      line: at.lineOf(['stage']),
      message: `is "${script.stage}", but a lighthearted line belongs only once the issue is under control (${LIGHTHEARTED_STAGES.join(', ')}), never while the customer may still be annoyed; change the stage or the tone`,
    })
  }
  return problems
}
