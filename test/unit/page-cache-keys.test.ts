import { describe, expect, it } from 'vitest'
import type { Library } from '@kb/content'
import { checkLibrary } from '@kb/content/files'
import { pageCacheKey, scriptPage, situationPage, sopPage, strategyPage } from '../../site/src/lib/entry-pages.ts'
import { siteDataFrom } from '../../site/src/lib/library-view.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

// Every entry page's cache key, by page URL, for a library: what decides which pages a build renders again.
const library = checkLibrary(FIXTURE_LIBRARY_DIR).library
const env = { KB_TODAY: '2026-12-01', CMS_PUBLIC_URL: 'http://localhost:3000' }
function keys(of: Library, at: Record<string, string> = env): Map<string, string> {
  const data = siteDataFrom(of)
  const key = (props: object) => pageCacheKey(props, at)
  return new Map([
    ...data.scripts.map((e) => [`/scripts/${e.slug}/`, key(scriptPage(data, e))] as const),
    ...data.situations.map((e) => [`/situations/${e.slug}/`, key(situationPage(data, e))] as const),
    ...data.sops.map((e) => [`/sops/${e.slug}/`, key(sopPage(data, e))] as const),
    ...data.strategies.map((e) => [`/strategies/${e.slug}/`, key(strategyPage(data, e))] as const),
  ])
}
const changedPages = (a: Map<string, string>, b: Map<string, string>) => [...a.keys()].filter((page) => a.get(page) !== b.get(page)).sort()

describe('entry page cache keys', () => {
  const original = keys(library)

  it('stay the same when nothing changed', () => {
    expect(changedPages(original, keys(structuredClone(library)))).toEqual([])
  })

  it('change for a renamed strategy and every page that lists it, and for no other page', () => {
    const strategy = library.strategies[0]!
    const renamed = { ...library, strategies: library.strategies.map((s) => (s === strategy ? { ...s, title: 'Renamed' } : s)) }
    const listing = [
      ...library.scripts.filter((s) => s.strategies.includes(strategy.slug)).map((s) => `/scripts/${s.slug}/`),
      ...library.situations.filter((s) => strategy.situations.includes(s.slug)).map((s) => `/situations/${s.slug}/`),
      ...library.sops.filter((s) => s.strategies.includes(strategy.slug)).map((s) => `/sops/${s.slug}/`),
      ...library.strategies.filter((s) => s === strategy || s.related.includes(strategy.slug)).map((s) => `/strategies/${s.slug}/`),
    ]
    expect(changedPages(original, keys(renamed))).toEqual([...new Set(listing)].sort())
  })

  it("change for a script's new line on the pages that show the line, not on its sibling scripts' pages", () => {
    const script = library.scripts[0]!
    const edited = { ...library, scripts: library.scripts.map((s) => (s === script ? { ...s, line: 'A new line.' } : s)) }
    const changed = changedPages(original, keys(edited))
    expect(changed).toContain(`/scripts/${script.slug}/`)
    for (const situation of script.situations) expect(changed).toContain(`/situations/${situation}/`)
    for (const sibling of library.scripts.filter((s) => s !== script)) expect(changed).not.toContain(`/scripts/${sibling.slug}/`)
  })

  it('change for every page on a new day, since "review due" depends on the date', () => {
    expect(changedPages(original, keys(library, { ...env, KB_TODAY: '2026-12-02' }))).toEqual([...original.keys()].sort())
  })

  it('change for every page when the feedback form posts somewhere else', () => {
    expect(changedPages(original, keys(library, { ...env, CMS_PUBLIC_URL: 'https://cms.example.test' }))).toEqual([...original.keys()].sort())
  })
})
