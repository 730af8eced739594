/** One thing wrong with the library, pointing at the file, the field and (if known) the line. */
export interface Problem {
  /** Path relative to the repository root, e.g. `content/library/scripts/own-the-delay.yaml`. */
  file: string
  /** Dotted field path inside the entry, e.g. `steps.2.branches.0.goto`; empty for the whole file. */
  field: string
  line?: number
  message: string
  /** `layout`: the entry is valid, only written differently from what export writes (content:format fixes it). */
  kind?: 'layout'
}

/** `file:line field "x": message`, the form editors and CI logs read. */
export function formatProblem(problem: Problem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file
  return problem.field ? `${where} field "${problem.field}": ${problem.message}` : `${where}: ${problem.message}`
}
