import { firstDuplicate } from '@kb/content'

/**
 * Checks on a field's value that hold on every save, drafts included, with messages naming the
 * value and what was expected. Used by `checkEverySave`; the list rule is `content:check`'s own.
 */

/** A NUL character (U+0000) in any string of `value`: SQLite would cut the text there without a word (issue 11.10). */
export function nulProblem(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value : value && typeof value === 'object' ? JSON.stringify(value) : ''
  if (!text.includes('\u0000') && !text.includes('\\u0000')) return undefined
  return 'This text contains a NUL character (U+0000), which cannot be stored: remove it.'
}

/** The same entry listed twice in a list field (`situations: [2, 2]`, `aliases: ["x", "x"]`; issue 11.11). */
export function duplicateProblem(value: unknown): string | undefined {
  const duplicate = Array.isArray(value) ? firstDuplicate(value) : undefined
  return duplicate === undefined ? undefined : `"${duplicate}" is listed more than once: list each entry once.`
}
