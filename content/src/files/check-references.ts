import { checkSopFlow } from '../sop-flow.ts'
import type { Library, LibraryPart } from '../library.ts'
import type { LocatedEntry } from './read-library.ts'
import type { Problem } from './problem.ts'

/**
 * Every reference between entries must land: slugs name an existing entry of the right kind,
 * and SOP steps jump only to steps that exist. Returns all problems found.
 */
export function checkReferences(
  library: Library,
  entries: readonly LocatedEntry[],
  unreadable: readonly { part: LibraryPart; slug: string }[] = [],
): Problem[] {
  const problems: Problem[] = []
  const slugs = Object.fromEntries(
    (Object.keys(library) as LibraryPart[]).map((part) => [part, new Set(library[part].map((e) => e.slug))]),
  ) as Record<LibraryPart, Set<string>>
  for (const { part, slug } of unreadable) slugs[part].add(slug)
  const located = new Map(entries.map((e) => [`${e.part}/${e.slug}`, e]))
  const at = (part: LibraryPart, slug: string) => located.get(`${part}/${slug}`)!

  const expect = (part: LibraryPart, slug: string, path: (string | number)[], target: LibraryPart, value: string) => {
    if (slugs[target].has(value)) return
    const entry = at(part, slug)
    problems.push({ file: entry.file, field: path.join('.'), line: entry.lineOf(path), message: `unknown ${singular(target)} "${value}"; expected the slug of a file in content/library/${target}/` })
  }
  const expectAll = (part: LibraryPart, slug: string, field: string, target: LibraryPart, values: readonly string[]) =>
    values.forEach((value, i) => expect(part, slug, [field, i], target, value))

  for (const s of library.strategies) {
    expectAll('strategies', s.slug, 'situations', 'situations', s.situations)
    expectAll('strategies', s.slug, 'related', 'strategies', s.related)
    expectAll('strategies', s.slug, 'sources', 'sources', s.sources)
  }
  for (const s of library.scripts) {
    expectAll('scripts', s.slug, 'situations', 'situations', s.situations)
    expectAll('scripts', s.slug, 'strategies', 'strategies', s.strategies)
  }
  for (const sop of library.sops) {
    expectAll('sops', sop.slug, 'situations', 'situations', sop.situations)
    expectAll('sops', sop.slug, 'strategies', 'strategies', sop.strategies)
    sop.steps.forEach((step, i) => {
      if (step.kind === 'say') expect('sops', sop.slug, ['steps', i, 'script'], 'scripts', step.script)
    })
    const entry = at('sops', sop.slug)
    for (const flow of checkSopFlow(sop.steps)) {
      const path = flow.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))
      problems.push({ file: entry.file, field: flow.path, line: entry.lineOf(path), message: flow.message })
    }
  }
  return problems
}

function singular(part: LibraryPart): string {
  return { sources: 'source', situations: 'situation', strategies: 'strategy', scripts: 'script', sops: 'SOP' }[part]
}
