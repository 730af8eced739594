import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Library } from '@kb/content'
import { buildSite as publishSite, siteBuildProcessId } from '@kb/cms/publishing'
import { fixtureSite } from '../helpers/fixture-site.ts'
import { startFakeCms, type FakeCms } from '../helpers/site-fake-cms.ts'

/**
 * Issue 12.8: publishing builds in a long-lived build process (cms/src/publishing/warm-site-builder.ts)
 * that loads Astro once. Each build must still show the library as it is then, and a build
 * process that dies must cost only the build it was running.
 */
let library: Library
let body: Library
let server: FakeCms
let output: string
/** Called on each request for the library (a build reading it), before the answer. */
let onRead: () => void = () => {}

/** The environment a site worker builds with, without the test runner's own variables. */
const env = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
  NODE_ENV: 'production', CMS_URL: server.url, CMS_API_KEY: '', CMS_PUBLIC_URL: 'http://localhost:3000', KB_SITE_OUTPUT: output,
})

/** The build working folders in the site (site-build-process.ts). */
const workFolders = () => readdirSync(join(import.meta.dirname, '../../site/.build-work')).filter((name) => name.startsWith('build-'))

/** The live page of the library's first script. */
const firstScriptPage = (dir: string) => readFileSync(join(dir, 'scripts', library.scripts[0]!.slug, 'index.html'), 'utf8')

beforeAll(async () => {
  library = fixtureSite().published
  body = library
  server = await startFakeCms(() => {
    onRead()
    return { status: 200, body }
  })
  output = mkdtempSync(join(tmpdir(), 'kb-site-output-'))
})

afterAll(async () => {
  await server?.close()
  rmSync(output, { recursive: true, force: true })
})

describe('the long-lived site build process', () => {
  it('shows an entry as it is now on its second build, not as its first build read it', async () => {
    const first = await publishSite({ env: env() })
    const builder = siteBuildProcessId()
    body = { ...library, scripts: [{ ...library.scripts[0]!, line: 'I will chase the courier myself and ring you back by four.' }, ...library.scripts.slice(1)] }
    const second = await publishSite({ env: env() })
    expect(siteBuildProcessId()).toBe(builder)
    expect(firstScriptPage(first.dir)).not.toContain('ring you back by four')
    expect(firstScriptPage(second.dir)).toContain('I will chase the courier myself and ring you back by four.')
  }, 300_000)

  it('fails only the build it was running when it dies, and the next build starts a new one', async () => {
    await publishSite({ env: env() })
    const before = workFolders()
    const dying = siteBuildProcessId()!
    onRead = () => {
      onRead = () => {}
      process.kill(dying, 'SIGKILL')
    }
    await expect(publishSite({ env: env() })).rejects.toThrow(/site build process exited \(SIGKILL\)/)
    body = library
    const next = await publishSite({ env: env() })
    expect(siteBuildProcessId()).not.toBe(dying)
    expect(firstScriptPage(next.dir)).toContain(library.scripts[0]!.line.slice(0, 30))
    // The killed build's working folder went with it.
    expect(workFolders().filter((name) => !before.includes(name))).toEqual([])
  }, 300_000)

  it('keeps `pnpm build` alive until its build is live when nothing else holds the process open', async () => {
    // A remote CMS: no library server or child in the building process, only the build process.
    const siteOutput = mkdtempSync(join(tmpdir(), 'kb-site-output-'))
    try {
      const child = spawn(process.execPath, ['scripts/build-site.ts'], { cwd: join(import.meta.dirname, '../..'), env: { ...env(), KB_SITE_OUTPUT: siteOutput }, stdio: ['ignore', 'pipe', 'pipe'] })
      let output = ''
      child.stdout.on('data', (chunk) => (output += chunk))
      child.stderr.on('data', (chunk) => (output += chunk))
      const code = await new Promise((resolve) => child.on('close', resolve))
      expect({ code, output }).toMatchObject({ code: 0, output: expect.stringContaining('site built and deployed') })
      expect(existsSync(join(siteOutput, 'live', 'index.html'))).toBe(true)
    } finally {
      rmSync(siteOutput, { recursive: true, force: true })
    }
  }, 300_000)
})
