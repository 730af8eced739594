/** YAML front matter for the Markdown twins. */

/** A front-matter value: a scalar or a list of strings. `undefined` leaves the key out. */
export type FrontMatterValue = string | number | readonly string[] | undefined

/**
 * A string every YAML reader (1.1 and 1.2) takes as exactly that string when written plain: it
 * starts with a letter, holds only letters, digits, spaces and `-_.,'()/:`, never `: ` or a
 * trailing `:` or space (a mapping), and is none of the words YAML 1.1 reads as a boolean or null.
 * Numbers, dates and `.inf` all start with a digit or a dot, so they are quoted.
 */
const PLAIN = /^[A-Za-z](?:[\w .,'()/-]|:(?! |$))*$/
const YAML_1_1_WORDS = /^(?:y|n|yes|no|true|false|on|off|null)$/i
/**
 * Characters JSON leaves raw that YAML readers may not: YAML 1.1 counts U+0085, U+2028 and U+2029
 * as line breaks (a quoted scalar would fold them), and C1 controls, DEL and U+FEFF are not
 * printable YAML characters.
 */
const UNSAFE_RAW = /[\u007f-\u009f\u2028\u2029\ufeff]/g

/** One scalar: plain when safe, otherwise a double-quoted string in JSON's escapes (valid YAML 1.1 and 1.2). */
function scalar(key: string, value: string | number): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`front matter "${key}": expected a finite number, got ${value}`)
    return String(value)
  }
  if (PLAIN.test(value) && !value.endsWith(' ') && !YAML_1_1_WORDS.test(value)) return value
  return JSON.stringify(value).replace(UNSAFE_RAW, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * YAML front matter between `---` lines, keys in the order given (keys are the twins' own field
 * names), strings plain where every reader gets the same string back and double-quoted otherwise
 * (`yes`, `2026-11-01`, `a: b`), lists as block sequences. Written here, not by the `yaml`
 * package's `stringify` (as before), because that cost 0.3 to 1 ms a call and a build makes two
 * per entry (its twin and llms-full.txt): about a second of a full build at 1,000 entries. Its
 * unit test reads the output back with the `yaml` parser in both versions.
 */
export function frontMatter(fields: Record<string, FrontMatterValue>): string {
  const lines: string[] = []
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (typeof value === 'string' || typeof value === 'number') lines.push(`${key}: ${scalar(key, value)}`)
    else if (value.length === 0) lines.push(`${key}: []`)
    else lines.push(`${key}:`, ...value.map((item) => `  - ${scalar(key, item)}`))
  }
  return `---\n${lines.join('\n')}\n---`
}
