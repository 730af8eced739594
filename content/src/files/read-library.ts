import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join, relative } from 'node:path'
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml'
import { LIBRARY_PARTS, emptyLibrary, type Library, type LibraryPart } from '../library.ts'
import { serializeEntry } from '../serialize.ts'
import type { Problem } from './problem.ts'

/** An entry as read from disk, with what is needed to point at its lines. */
export interface LocatedEntry {
  part: LibraryPart
  slug: string
  /** Path relative to the repository root, for messages. */
  file: string
  /** The line a field path (`steps.2.goto`) sits on, or the closest parent that exists. */
  lineOf: (path: readonly (string | number)[]) => number | undefined
}

export interface ReadResult {
  library: Library
  entries: LocatedEntry[]
  /** Slugs of files that exist but failed to parse, so references to them are not also reported. */
  unreadable: { part: LibraryPart; slug: string }[]
  problems: Problem[]
}

/** Reads and validates every `*.yaml` file under `libraryDir`; never stops at the first problem. */
export function readLibrary(libraryDir: string, repoRoot: string): ReadResult {
  const library = emptyLibrary()
  const entries: LocatedEntry[] = []
  const problems: Problem[] = []
  const unreadable: ReadResult['unreadable'] = []

  for (const { part, folder, schema } of LIBRARY_PARTS) {
    const dir = join(libraryDir, folder)
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort()) {
      const file = relative(repoRoot, join(dir, name))
      const fail = () => unreadable.push({ part, slug: name.replace(/\.yaml$/, '') })
      const lineCounter = new LineCounter()
      const text = readFileSync(join(dir, name), 'utf8')
      const doc = parseDocument(text, { lineCounter, prettyErrors: false })
      if (doc.errors.length > 0) {
        for (const error of doc.errors) {
          problems.push({ file, field: '', line: lineCounter.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message}` })
        }
        fail()
        continue
      }
      const lineOf = (path: readonly (string | number)[]) => lineOfPath(doc.contents, path, lineCounter)
      const parsed = schema.safeParse(doc.toJS())
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))
          problems.push({ file, field: path.join('.'), line: lineOf(path), message: describeIssue(issue, doc.toJS(), path) })
        }
        fail()
        continue
      }
      const expectedSlug = name.replace(/\.yaml$/, '')
      if (parsed.data.slug !== expectedSlug) {
        problems.push({ file, field: 'slug', line: lineOf(['slug']), message: `is "${parsed.data.slug}" but the file is named "${name}"; the slug must match the file name` })
        fail()
        continue
      }
      if (serializeEntry(parsed.data) !== text) {
        // Export writes this exact layout; keeping files in it makes import → export byte-identical.
        problems.push({ file, field: '', kind: 'layout', message: 'is valid but not in the canonical layout that export writes; run `pnpm content:format`' })
      }
      ;(library[part] as unknown[]).push(parsed.data)
      entries.push({ part, slug: parsed.data.slug, file, lineOf })
    }
  }
  return { library, entries, unreadable, problems }
}

/** A zod issue in words, with the value that was found when there is one. */
function describeIssue(issue: { message: string; code: string }, data: unknown, path: (string | number)[]): string {
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) return `is missing (${issue.message.toLowerCase()})`
  const value = valueAt(data, path)
  const shown = value === undefined || typeof value === 'object' ? '' : ` (got ${JSON.stringify(value)})`
  return `${issue.message}${shown}`
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let current = data
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string | number, unknown>)[key]
  }
  return current
}

function lineOfPath(root: unknown, path: readonly (string | number)[], counter: LineCounter): number | undefined {
  let node = root as Node | null | undefined
  let line = node?.range ? counter.linePos(node.range[0]).line : undefined
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key)
      if (!pair) return line
      const keyNode = pair.key as Node | null
      if (keyNode?.range) line = counter.linePos(keyNode.range[0]).line
      node = pair.value as Node | null
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined
      if (!item) return line
      if (item.range) line = counter.linePos(item.range[0]).line
      node = item
    } else return line
  }
  return line
}
