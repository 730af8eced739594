/** Small pieces of plain Markdown text for the twins: front matter, escaping, lists, links. */
import { isSafeUrl } from '@kb/content'

/** A front-matter value: a scalar or a list of strings. `undefined` leaves the key out. */
export type FrontMatterValue = string | number | readonly string[] | undefined

// A scalar YAML would read as something other than this very string (number, boolean, null…).
const NOT_A_STRING = /^(?:[-+]?(?:\d[\d_]*)?(?:\.\d+)?(?:[eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.(?:inf|nan)|true|false|yes|no|on|off|null|~)$/i

/** A string as a YAML scalar: plain when that reads back as the same string, double-quoted otherwise. */
function yamlString(value: string): string {
  const plain =
    /^[A-Za-z0-9][^\n"\\]*$/.test(value) && !/: | #|:$|\s$/.test(value) && !NOT_A_STRING.test(value)
  return plain ? value : JSON.stringify(value)
}

/** YAML front matter between `---` lines, keys in the order given. */
export function frontMatter(fields: Record<string, FrontMatterValue>): string {
  const lines = ['---']
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (typeof value === 'number') lines.push(`${key}: ${value}`)
    else if (typeof value === 'string') lines.push(`${key}: ${yamlString(value)}`)
    else if (value.length === 0) lines.push(`${key}: []`)
    else lines.push(`${key}:`, ...value.map((item) => `  - ${yamlString(item)}`))
  }
  lines.push('---')
  return lines.join('\n')
}

/** Whitespace (newlines included) collapsed to single spaces: one line of text. */
export const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim()

/**
 * Plain text made safe to drop into Markdown: characters that would turn into emphasis, code,
 * links or HTML are escaped, and so is a start that would read as a heading, list or quote.
 */
export function text(value: string): string {
  return oneLine(value)
    .replace(/[\\`*_[\]<]/g, '\\$&')
    .replace(/^(#{1,6}(?:\s|$)|[-+](?:\s|$)|>)/, '\\$1')
    .replace(/^(\d+)([.)])(\s|$)/, '$1\\$2$3')
}

/** A URL as a Markdown link destination: spaces, parentheses, angle brackets and backslashes percent-encoded. */
const destination = (url: string) => url.replace(/[\s()<>\\]/g, (char) => encodeURIComponent(char))

/** `[label](url)` with the label escaped; a URL the shared rule refuses (javascript:, …) leaves the label as plain text. */
export const link = (label: string, url: string) => (isSafeUrl(url) ? `[${text(label)}](${destination(url)})` : text(label))

/** A script line as said aloud, in quotes, for lists. */
export const quoted = (line: string) => `“${text(line)}”`

/** A bulleted list, one item a line. */
export const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join('\n')

/** A `## Heading` and its content, or nothing when the content is empty. */
export function section(heading: string, content: string | undefined): string[] {
  return content ? [`## ${heading}`, content] : []
}

/** Joins blocks with a blank line between them and ends the file with one newline. */
export const document = (blocks: readonly string[]) => `${blocks.filter(Boolean).join('\n\n')}\n`
