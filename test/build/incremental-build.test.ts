import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { stripVTControlCharacters } from 'node:util'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Library } from '@kb/content'
import { buildSite as publishSite, sitePaths } from '@kb/cms/publishing'
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts'
import { buildSite, filesIn, removeBuilds, type SiteBuild } from '../helpers/site-build.ts'
import { startFakeCms, type FakeCms } from '../helpers/site-fake-cms.ts'

/**
 * Issue 12.8: with a build cache (`KB_BUILD_CACHE`), a build after a publish re-renders only the
 * entry pages whose content changed and copies the rest from the previous build. The check that
 * it copied nothing stale: the same edited library built without a cache gives the same pages.
 */
let cms: FixtureSite
let server: FakeCms
let cache: string
let library: Library
let edited: Library
let before: SiteBuild
let incremental: SiteBuild
let full: SiteBuild

/** An edit another entry's page shows: the first script's line, and a strategy's title its scripts list. */
function editOf(published: Library): Library {
  const [script, ...scripts] = published.scripts
  const [strategy, ...strategies] = published.strategies
  return {
    ...published,
    scripts: [{ ...script!, line: 'I can see the parcel is late, and I will chase it for you now.' }, ...scripts],
    strategies: [{ ...strategy!, title: `${strategy!.title} (renamed)` }, ...strategies],
  }
}

/** The pages and Markdown twins of a build: what a build may copy from its cache. */
const pagesOf = (build: SiteBuild) => filesIn(build.dist).filter((file) => file.endsWith('.html') || file.endsWith('.md'))
/** Pages the build copied from its cache, as Astro lists them: `/scripts/<slug>/index.html (restored)` (in colour under CI). */
const restored = (build: SiteBuild) => [...stripVTControlCharacters(build.output).matchAll(/(\/[\w/.-]+(?:\/index\.html|\.md))\s*\((?:restored|cached)\)/g)].map((match) => match[1]!)

beforeAll(async () => {
  cms = fixtureSite()
  library = cms.published
  edited = editOf(library)
  let body = library
  server = await startFakeCms(() => ({ status: 200, body }))
  cache = mkdtempSync(join(tmpdir(), 'kb-build-cache-'))
  // Astro lists each page it copied from the cache as "(restored)" or "(cached)".
  const env = (extra: Record<string, string> = {}) => ({ ...cms.env, CMS_URL: server.url, CMS_API_KEY: '', ...extra })
  before = await buildSite(env({ KB_BUILD_CACHE: cache }))
  body = edited
  incremental = await buildSite(env({ KB_BUILD_CACHE: cache }))
  full = await buildSite(env())
}, 600_000)

afterAll(async () => {
  await server?.close()
  rmSync(cache, { recursive: true, force: true })
  removeBuilds()
})

describe('a build after a publish, with the build cache', () => {
  it('builds every page', () => {
    for (const build of [before, incremental, full]) expect(build.status, build.output).toBe(0)
    expect(pagesOf(incremental)).toEqual(pagesOf(full))
  })

  it('writes the same pages and twins, byte for byte, as a full build of the same library', () => {
    for (const page of pagesOf(full)) {
      expect(readFileSync(join(incremental.dist, page), 'utf8'), page).toBe(readFileSync(join(full.dist, page), 'utf8'))
    }
  })

  it('copies the pages and twins of entries the edit did not touch instead of rendering them again', () => {
    const copied = restored(incremental)
    const untouched = edited.scripts.slice(1).filter((script) => !script.strategies.includes(edited.strategies[0]!.slug))
    expect(untouched.length).toBeGreaterThan(0)
    for (const script of untouched) {
      expect(copied, script.slug).toContain(`/scripts/${script.slug}/index.html`)
      expect(copied, script.slug).toContain(`/scripts/${script.slug}.md`)
    }
  })

  it('renders again the edited entry and every page that shows it', () => {
    const copied = restored(incremental)
    expect(copied).not.toContain(`/scripts/${edited.scripts[0]!.slug}/index.html`)
    expect(copied).not.toContain(`/scripts/${edited.scripts[0]!.slug}.md`)
    for (const script of edited.scripts.filter((s) => s.strategies.includes(edited.strategies[0]!.slug))) {
      expect(copied, script.slug).not.toContain(`/scripts/${script.slug}/index.html`)
    }
    expect(readFileSync(join(incremental.dist, 'scripts', edited.scripts[0]!.slug, 'index.html'), 'utf8')).toContain('I will chase it for you now')
  })

  it('renders every page when it has no cache', () => {
    expect(restored(full)).toEqual([])
    expect(restored(before)).toEqual([])
  })
})

describe('the build cache after a build that failed', () => {
  it('is dropped, so the next build renders everything', async () => {
    const output = mkdtempSync(join(tmpdir(), 'kb-site-output-'))
    let body: unknown = { ...library, scripts: library.scripts.map(({ line: _line, ...rest }) => rest) }
    const broken = await startFakeCms(() => ({ status: 200, body }))
    // The environment a site worker builds with, without the test runner's own variables.
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      NODE_ENV: 'production', CMS_URL: broken.url, CMS_API_KEY: '', CMS_PUBLIC_URL: 'http://localhost:3000', KB_SITE_OUTPUT: output,
    }
    try {
      await expect(publishSite({ env })).rejects.toThrow(/scripts\.0\.line/)
      const { cache } = sitePaths(env)
      const leftOver = join(cache, 'left-by-the-failed-build')
      writeFileSync(leftOver, '')
      body = library
      await publishSite({ env })
      expect(existsSync(leftOver)).toBe(false)
      expect(existsSync(join(cache, 'incremental-build.json'))).toBe(true)
    } finally {
      await broken.close()
      rmSync(output, { recursive: true, force: true })
    }
  }, 300_000)
})
