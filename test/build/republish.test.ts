import { createHash } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Library } from '@kb/content'
import { buildSite as publishSite } from '@kb/cms/publishing'
import { fixtureSite } from '../helpers/fixture-site.ts'
import { startFakeCms, type FakeCms } from '../helpers/site-fake-cms.ts'

/**
 * Issue 12.8: after one full build, the worker's build process republishes only what a publish
 * changed (site/src/republish/). What it writes must be exactly what a full build of the same
 * library writes: pages, twins, kb.json, llms.txt and the search index.
 */
let library: Library
let body: Library
let server: FakeCms
let output: string

const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
  NODE_ENV: 'production', CMS_URL: server.url, CMS_API_KEY: '', CMS_PUBLIC_URL: 'http://localhost:3000', KB_SITE_OUTPUT: output,
  ...extra,
})

/** Every file a build wrote and a digest of its bytes (the static server's compressed copies and the build record left out). */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())
  return Object.fromEntries(
    files
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((file) => !/\.(br|gz)$/.test(file) && !file.endsWith('.build.json'))
      .map((file) => [relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => a.localeCompare(b)),
  )
}

/** The compressed copies in a build that do not decode to the file beside them (the static server sends them in its place). */
function staleCopies(dir: string): string[] {
  const copies = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /\.(br|gz)$/.test(entry.name))
  return copies.map((entry) => join(entry.parentPath, entry.name)).filter((copy) => {
    const decoded = (copy.endsWith('.br') ? brotliDecompressSync : gunzipSync)(readFileSync(copy))
    return !decoded.equals(readFileSync(copy.slice(0, -3)))
  })
}

/** Publishes `next`, then builds the same library in full, and returns both builds. */
async function republishThenFull(next: Library) {
  body = next
  const republished = await publishSite({ env: env() })
  const full = await publishSite({ env: env(), full: true })
  return { republished, full }
}

beforeAll(async () => {
  library = fixtureSite().published
  body = library
  server = await startFakeCms(() => ({ status: 200, body }))
  output = mkdtempSync(join(tmpdir(), 'kb-site-output-'))
  await publishSite({ env: env() })
}, 300_000)

afterAll(async () => {
  await server?.close()
  rmSync(output, { recursive: true, force: true })
})

describe('content-only republishing', () => {
  it('writes the site a full build writes when a script line changes', async () => {
    const [first, ...rest] = library.scripts
    const { republished, full } = await republishThenFull({ ...library, scripts: [{ ...first!, line: 'I will ring the depot myself and call you back by four.' }, ...rest] })
    expect(republished.kind).toBe('republish')
    expect(full.kind).toBe('full')
    expect(readFileSync(join(republished.dir, 'scripts', first!.slug, 'index.html'), 'utf8')).toContain('I will ring the depot myself and call you back by four.')
    expect(tree(republished.dir)).toEqual(tree(full.dir))
  }, 300_000)

  it('drops an unpublished script and adds a new one as a full build does', async () => {
    const [first, second, ...rest] = library.scripts
    const added = { ...second!, slug: 'brand-new-line', title: 'A brand new line', line: 'Thanks for waiting; the replacement is booked for Tuesday.' }
    // A build starts from the previous one: publish the unchanged library first, so the next publish is a republish.
    await publishSite({ env: env() })
    const { republished, full } = await republishThenFull({ ...library, scripts: [added, second!, ...rest] })
    expect(republished.kind).toBe('republish')
    expect(existsSync(join(republished.dir, 'scripts', first!.slug))).toBe(false)
    expect(existsSync(join(republished.dir, 'scripts', 'brand-new-line', 'index.html'))).toBe(true)
    expect(tree(republished.dir)).toEqual(tree(full.dir))
  }, 300_000)

  it('keeps writing what a full build writes over two republishes in a row that both change entries', async () => {
    const [first, second, ...rest] = library.scripts
    await publishSite({ env: env() })
    body = { ...library, scripts: [{ ...first!, title: 'A new title for the first line' }, second!, ...rest] }
    expect((await publishSite({ env: env() })).kind).toBe('republish')
    const { republished, full } = await republishThenFull({ ...(body as Library), scripts: [{ ...first!, title: 'A new title for the first line' }, { ...second!, line: 'Let me check that for you right now.' }, ...rest] })
    expect(republished.kind).toBe('republish')
    expect(tree(republished.dir)).toEqual(tree(full.dir))
  }, 300_000)

  it('leaves compressed copies that match their files, in the republished build and in the build it replaced', async () => {
    const [first, ...rest] = library.scripts
    body = library
    const before = await publishSite({ env: env() })
    body = { ...library, scripts: [{ ...first!, line: 'I have booked the engineer for Thursday morning.' }, ...rest] }
    const after = await publishSite({ env: env() })
    expect(after.kind).toBe('republish')
    expect(existsSync(join(after.dir, 'scripts', first!.slug, 'index.html.br'))).toBe(true)
    expect(staleCopies(after.dir)).toEqual([])
    expect(staleCopies(before.dir)).toEqual([])
  }, 300_000)

  it('builds in full when another process replaced the build it would start from', async () => {
    body = library
    await publishSite({ env: env() })
    // `pnpm build` or a second worker built into the same cache folder and left its own snapshot.
    writeFileSync(join(output, 'cache', 'republish-base', '.republish-owner'), 'another process')
    const next = await publishSite({ env: env() })
    expect(next.kind).toBe('full')
    expect(next.fallback).toMatch(/changed since the last build/)
  }, 300_000)

  it('builds in full when the site settings changed since the last build', async () => {
    body = library
    await publishSite({ env: env() })
    const moved = await publishSite({ env: env({ SITE_URL: 'https://kb.example.com' }) })
    expect(moved.kind).toBe('full')
    expect(readFileSync(join(moved.dir, 'llms.txt'), 'utf8')).toContain('https://kb.example.com/')
  }, 300_000)
})
