import { existsSync, readFileSync, writeFileSync } from 'node:fs'

const start = (name: string) => `<!-- bench:${name} -->`
const end = (name: string) => `<!-- /bench:${name} -->`

/**
 * Writes `content` as the section `name` of the Markdown report `file`, between HTML comments that
 * mark it, keeping the file's other sections: a benchmark run that measures one part updates only
 * that part. A file without the section gets it appended; a missing file starts with `title`.
 */
export function writeSection(file: string, title: string, name: string, content: string): void {
  const block = `${start(name)}\n${content.trim()}\n${end(name)}`
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `${title}\n`
  const from = text.indexOf(start(name))
  const to = text.indexOf(end(name))
  const next = from >= 0 && to > from
    ? `${text.slice(0, from)}${block}${text.slice(to + end(name).length)}`
    : `${text.trimEnd()}\n\n${block}\n`
  writeFileSync(file, next)
}
