/** Small pieces of plain Markdown text for the twins: escaping, lists, links (front matter: front-matter.ts). */
import { isSafeUrl } from '@kb/content'

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
