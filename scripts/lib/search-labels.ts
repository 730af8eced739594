/**
 * The labelled queries of `pnpm bench:search` (bench/queries/search.yaml): what an agent types and
 * which entries count as a right answer. Validated on load, so a typo in the file names its line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { z } from 'zod'
import { REPO_ROOT } from '@kb/content/files'

export const LABELS_FILE = 'bench/queries/search.yaml'

const KINDS = ['typo', 'question', 'customer', 'agent-state', 'chat', 'email', 'situation', 'say', 'technique', 'gibberish'] as const

const labelSchema = z.strictObject({
  q: z.string().trim().min(1),
  kind: z.enum(KINDS),
  /** `part/slug` (a page), or `~text` (any page whose title contains the text). */
  right: z.array(z.string().regex(/^([a-z]+\/[a-z0-9-]+|~.+)$/, 'expected "part/slug" or "~title text"')),
  /** The planned situation the query is about, while its entry does not exist yet. */
  awaits: z.string().optional(),
})

export type Label = z.infer<typeof labelSchema>

export function readLabels(file = join(REPO_ROOT, LABELS_FILE)): Label[] {
  const parsed = z.array(labelSchema).safeParse(parse(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new Error(`${LABELS_FILE} is not valid:\n${parsed.error.issues.map((i) => `  - entry ${i.path.join('.')}: ${i.message}`).join('\n')}`)
  }
  return parsed.data
}

/** A result as the benchmark compares it: its page path and title. */
export interface Found {
  url: string
  title: string
}

/** Whether a result is one of the query's right answers. */
export function isRight(label: Label, found: Found): boolean {
  const path = found.url.replace(/^\/|\/$/g, '')
  return label.right.some((right) =>
    right.startsWith('~') ? found.title.toLowerCase().includes(right.slice(1).toLowerCase()) : path === right,
  )
}

/** Whether the index holds at least one right answer, so the query can be scored. */
export function answerable(label: Label, pages: Found[]): boolean {
  return pages.some((page) => isRight(label, page))
}
