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

/** Lighthearted scripts outside the stages where the customer's mood has eased. */
export function checkTone(library: Library, entries: readonly LocatedEntry[]): Problem[] {
  const located = new Map(entries.filter((e) => e.part === 'scripts').map((e) => [e.slug, e]))
  const problems: Problem[] = []
  for (const script of library.scripts) {
    if (script.tone !== 'lighthearted' || LIGHTHEARTED_STAGES.includes(script.stage)) continue
    const where = located.get(script.slug)
    if (where === undefined) continue
    problems.push({
      file: where.file,
      field: 'stage',
      line: where.lineOf(['stage']),
      message: `is "${script.stage}", but a lighthearted line belongs only once the issue is under control (${LIGHTHEARTED_STAGES.join(', ')}), never while the customer may still be annoyed; change the stage or the tone`,
    })
  }
  return problems
}
