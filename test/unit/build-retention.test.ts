import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { keptBuilds, retentionMs, tidyOldBuilds } from '@kb/cms/publishing'
import { servedBuilds, serveSite } from '../../scripts/lib/static-server.ts'
import { freePort } from '../helpers/free-port.ts'

/**
 * Issue 11.16: builds a newer one replaced stay available only for the retention window, and never
 * keep serving the search text of a page the live build no longer has (an unpublished entry).
 */
const root = mkdtempSync(join(tmpdir(), 'kb-retention-'))
const output = join(root, 'site')
const builds = join(output, 'builds')
const MINUTE = 60_000
const WINDOW = 10 * MINUTE
/** The builds below finished (went live) at times counted back from this moment. */
const NOW = Date.now()
const env = { ...process.env, KB_SITE_OUTPUT: output }

function write(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
}

/** A Pagefind fragment file as Pagefind 1.x writes it: gzip of a marker and the page's JSON. */
const fragment = (url: string, content: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content, meta: {} })}`))

/** A finished build whose `.build.json` was written (and so went live) `minutesAgo` before NOW, with pages and their fragments. */
function build(name: string, minutesAgo: number, pages: Record<string, string> = {}): string {
  const dir = join(builds, name)
  write(join(dir, 'index.html'), name)
  for (const [url, text] of Object.entries(pages)) {
    write(join(dir, url, 'index.html'), text)
    write(join(dir, 'pagefind', 'fragment', `en_${Buffer.from(text).toString('hex').slice(0, 12)}.pf_fragment`), fragment(url, text))
  }
  write(join(dir, '.build.json'), '{}')
  const at = new Date(NOW - minutesAgo * MINUTE)
  utimesSync(join(dir, '.build.json'), at, at)
  return dir
}

function goLive(dir: string): void {
  rmSync(join(output, 'live'), { force: true })
  symlinkSync(join('builds', dir.split('/').at(-1)!), join(output, 'live'))
}

const fragmentName = (text: string) => `en_${Buffer.from(text).toString('hex').slice(0, 12)}.pf_fragment`

beforeEach(() => rmSync(output, { recursive: true, force: true }))
afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('how long replaced builds are kept', () => {
  it('serves the live build and the builds replaced within the window, newest first', () => {
    const oldest = build('build-1', 30) // replaced by build-2, 20 minutes ago
    const previous = build('build-2', 20) // replaced by build-3, 4 minutes ago
    const live = build('build-3', 4)
    goLive(live)
    expect(keptBuilds({ builds, live }, WINDOW, NOW)).toEqual([live, previous])
    expect(keptBuilds({ builds, live }, WINDOW, NOW)).not.toContain(oldest)
  })

  it('deletes the builds replaced longer ago than the window, and keeps the others', () => {
    const oldest = build('build-1', 30)
    const previous = build('build-2', 20)
    const live = build('build-3', 4)
    goLive(live)
    expect(tidyOldBuilds({ builds, live }, WINDOW, NOW)).toEqual([oldest])
    expect([existsSync(oldest), existsSync(previous), existsSync(live)]).toEqual([false, true, true])
  })

  it('deletes the previous build too once the window has passed since the switch', () => {
    const previous = build('build-1', 20)
    const live = build('build-2', 4)
    goLive(live)
    expect(tidyOldBuilds({ builds, live }, WINDOW, NOW + 7 * MINUTE)).toEqual([previous])
    expect(keptBuilds({ builds, live }, WINDOW, NOW + 7 * MINUTE)).toEqual([live])
  })

  it('never deletes a build in progress (no .build.json yet)', () => {
    build('build-1', 30)
    const live = build('build-2', 20)
    mkdirSync(join(builds, 'build-3'))
    goLive(live)
    tidyOldBuilds({ builds, live }, WINDOW, NOW)
    expect(existsSync(join(builds, 'build-3'))).toBe(true)
  })

  it('reads the window from KB_OLD_BUILD_MINUTES, 10 minutes when unset', () => {
    expect(retentionMs({})).toBe(10 * MINUTE)
    expect(retentionMs({ KB_OLD_BUILD_MINUTES: '0' })).toBe(0)
    expect(retentionMs({ KB_OLD_BUILD_MINUTES: '30' })).toBe(30 * MINUTE)
  })

  it.each(['-1', '1.5', 'ten', '100000'])('refuses KB_OLD_BUILD_MINUTES=%s, naming the variable and what it expects', (value) => {
    expect(() => retentionMs({ KB_OLD_BUILD_MINUTES: value })).toThrow(/KB_OLD_BUILD_MINUTES=".*" is not valid: expected a whole number of minutes from 0 to 1440/)
  })
})

describe('search text of unpublished pages in kept builds', () => {
  it('drops the fragments of pages the live build no longer has, and keeps the others', () => {
    const previous = build('build-1', 20, { '/scripts/kept/': 'kept line', '/scripts/unpublished/': 'secret unpublished line' })
    const live = build('build-2', 1, { '/scripts/kept/': 'kept line, edited' })
    goLive(live)
    tidyOldBuilds({ builds, live }, WINDOW, NOW)
    expect(existsSync(join(previous, 'pagefind', 'fragment', fragmentName('secret unpublished line')))).toBe(false)
    expect(existsSync(join(previous, 'pagefind', 'fragment', fragmentName('kept line')))).toBe(true)
  })

  it('no longer serves an unpublished page’s fragment from the previous build, while serving its other files', async () => {
    build('build-1', 20, { '/scripts/kept/': 'kept line', '/scripts/unpublished/': 'secret unpublished line' })
    write(join(builds, 'build-1', 'pagefind', 'index', 'en_old.pf_index'), 'old index chunk')
    const live = build('build-2', 1, { '/scripts/kept/': 'kept line, edited' })
    goLive(live)
    const port = await freePort()
    const server: Server = serveSite(() => servedBuilds(env))
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    try {
      const status = async (path: string) => (await fetch(`http://127.0.0.1:${port}${path}`)).status
      const secret = `/pagefind/fragment/${fragmentName('secret unpublished line')}`
      expect(await status(secret)).toBe(200) // before the tidy that follows every build
      tidyOldBuilds({ builds, live }, WINDOW)
      expect(await status(secret)).toBe(404)
      expect(await status(`/pagefind/fragment/${fragmentName('kept line')}`)).toBe(200)
      expect(await status('/pagefind/index/en_old.pf_index')).toBe(200)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
