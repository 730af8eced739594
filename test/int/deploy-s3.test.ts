/**
 * Issue 12.4: publishing to S3-compatible object storage. The site is built from this file's
 * CMS database and deployed by the same `buildSite` the worker runs, to a real S3-compatible
 * server (s3rver) started on loopback; the bucket is read back over plain HTTP, as a CDN would.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { importLibrary } from '@kb/cms/library'
import { buildSite, siteStamp, type SiteBuildResult } from '@kb/cms/publishing'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { startS3Server, type RunningS3 } from '../helpers/s3-server.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'

let cms: BootedCms
let s3: RunningS3
let output: string
let first: SiteBuildResult
let published: { id: number | string; slug: string }

/** The build's environment: this process's, without the test runner's, plus the bucket. */
const buildEnv = (extra: Record<string, string> = {}) => {
  const env = { ...process.env }
  for (const key of Object.keys(env)) if (/^(NODE_ENV|VITEST.*|CMS_URL|CMS_API_KEY)$/.test(key)) delete env[key]
  return { ...env, ...s3.env, SITE_URL: 'https://kb.example.test', KB_SITE_OUTPUT: output, ...extra }
}
const build = async (extra?: Record<string, string>) => buildSite({ env: buildEnv(extra), stamp: await siteStamp(cms.payload) })
const object = (key: string, method: 'GET' | 'HEAD' = 'GET') => fetch(`${s3.endpoint}/${s3.bucket}/${key}`, { method })
const listKeys = async () => {
  const xml = await (await fetch(`${s3.endpoint}/${s3.bucket}?list-type=2&max-keys=1000`)).text()
  return [...xml.matchAll(/<Key>([^<]+)<\/Key>/g)].map((match) => match[1]!)
}
/** The hashed files a page names (`/_astro/…`), as an open tab would request them. */
const assetsOf = (html: string) => [...html.matchAll(/(?:src|href)=["']?\/(_astro\/[^"'\s>]+)/g)].map((match) => match[1]!)

beforeAll(async () => {
  s3 = await startS3Server()
  output = mkdtempSync(join(tmpdir(), 'kb-s3-builds-'))
  cms = await bootCms()
  await importLibrary(cms.payload, checkLibrary(FIXTURE_LIBRARY_DIR).library)
  const { docs } = await cms.payload.find({ collection: 'situations', where: { slug: { equals: 'late-parcel' } }, depth: 0 })
  const doc = await cms.payload.create({
    collection: 'empathy-scripts',
    draft: false,
    data: {
      title: 'Wombat guarantee', slug: 'wombat-guarantee', line: 'I give you the wombat guarantee, {customerName}.', situations: [docs[0]!.id], stage: 'close',
      channels: ['chat'], tone: 'warm', why: 'Published by the object-storage test.',
      review: { owner: 'QA', lastReviewed: '2026-11-01', reviewIntervalDays: 30 }, _status: 'published',
    },
  })
  published = { id: doc.id, slug: doc.slug }
  first = await build()
}, 600_000)

afterAll(async () => {
  await cms?.close()
  await s3?.stop()
  if (output) rmSync(output, { recursive: true, force: true })
})

describe('publishing the site to S3-compatible object storage', () => {
  it('puts a published entry’s page, twin and search entry in the bucket', async () => {
    expect(first.deployedTo).toBe(`s3://${s3.bucket}/`)
    const page = await object(`scripts/${published.slug}/index.html`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('wombat guarantee')
    expect((await object(`scripts/${published.slug}.md`)).status).toBe(200)
    expect(await (await object('kb.json')).text()).toContain(published.slug)
  })

  it('serves pages, the search bundle and machine files with no-cache and their content type', async () => {
    const expected: Record<string, RegExp> = {
      'index.html': /^text\/html/, 'pagefind/pagefind.js': /^text\/javascript/, 'pagefind/pagefind-entry.json': /^application\/json/,
      'kb.json': /^application\/json/, 'llms.txt': /^text\/plain/, 'llms-full.txt': /^text\/plain/, [`scripts/${published.slug}.md`]: /^text\/markdown/,
    }
    for (const [key, type] of Object.entries(expected)) {
      const head = await object(key, 'HEAD')
      expect(head.status, key).toBe(200)
      expect(head.headers.get('cache-control'), key).toBe('no-cache')
      expect(head.headers.get('content-type'), key).toMatch(type)
    }
  })

  it('serves hashed assets and Pagefind chunks as immutable for a year', async () => {
    const keys = await listKeys()
    const hashed = [keys.find((key) => key.startsWith('_astro/')), keys.find((key) => key.startsWith('pagefind/fragment/')), keys.find((key) => key.startsWith('pagefind/index/'))]
    for (const key of hashed) {
      expect(key).toBeDefined()
      expect((await object(key!, 'HEAD')).headers.get('cache-control'), key).toBe('public, max-age=31536000, immutable')
    }
  })

  it("labels Pagefind's gzipped index files as gzip, so browsers inflate them", async () => {
    const keys = await listKeys()
    const pagefind = [keys.find((key) => key.startsWith('pagefind/fragment/')), keys.find((key) => key.startsWith('pagefind/index/')), keys.find((key) => /^pagefind\/wasm\..+\.pagefind$/.test(key))]
    for (const key of pagefind) {
      expect(key).toBeDefined()
      expect((await object(key!, 'HEAD')).headers.get('content-encoding'), key).toBe('gzip')
    }
    expect((await object('index.html', 'HEAD')).headers.get('content-encoding')).toBeNull()
  })

  it('keeps the build record private', async () => {
    expect((await listKeys()).filter((key) => key.endsWith('.build.json'))).toEqual([])
  })

  describe('after the entry is unpublished and the site deployed again', () => {
    let pageBefore: string
    let searchBefore: string[]
    let second: SiteBuildResult
    /** The old build's fragment of the entry's page (Pagefind fragments are gzip JSON naming their page). */
    let wombatFragments: string[]

    beforeAll(async () => {
      // A reader opened the entry's page and the search page before the deploy.
      pageBefore = (await Promise.all([`scripts/${published.slug}/index.html`, 'search/index.html'].map(async (key) => (await object(key)).text()))).join('\n')
      searchBefore = (await listKeys()).filter((key) => /^pagefind\/(index|fragment|filter)\//.test(key))
      wombatFragments = []
      for (const key of searchBefore.filter((key) => key.startsWith('pagefind/fragment/'))) {
        // Stored with Content-Encoding gzip, which fetch undoes by itself.
        const bytes = Buffer.from(await (await object(key)).arrayBuffer())
        const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8')
        if (text.includes(`"/scripts/${published.slug}/"`)) wombatFragments.push(key)
      }
      await cms.payload.update({ collection: 'empathy-scripts', id: published.id, data: { _status: 'draft' } })
      second = await build()
    }, 600_000)

    it('deletes the unpublished entry’s search fragment from the replaced build at once', async () => {
      expect(wombatFragments).toHaveLength(1)
      expect((await object(wombatFragments[0]!, 'HEAD')).status).toBe(404)
    })

    it('removes the unpublished entry’s page, twin and search entry', async () => {
      expect((await object(`scripts/${published.slug}/index.html`)).status).toBe(404)
      expect((await object(`scripts/${published.slug}.md`)).status).toBe(404)
      expect(await (await object('kb.json')).text()).not.toContain(published.slug)
    })

    it('still serves the assets and search chunks a page opened before the deploy loads', async () => {
      const manifests = (await listKeys()).filter((key) => key.startsWith('.kb-builds/')).sort()
      const current = (await (await object(manifests.at(-1)!)).json()) as { assets: Record<string, string> }
      // Files only the old build has: the new one replaced them, so they are kept for open pages.
      const oldOnly = searchBefore.filter((key) => !(key in current.assets) && !wombatFragments.includes(key))
      expect(oldOnly.length).toBeGreaterThan(0)
      expect(assetsOf(pageBefore).length).toBeGreaterThan(0)
      for (const key of [...assetsOf(pageBefore), ...oldOnly]) expect((await object(key, 'HEAD')).status, key).toBe(200)
    })

    it('uploads only the files the change touched', () => {
      expect(second.deploy.unchanged).toBeGreaterThan(0)
      expect(second.deploy.uploaded).toBeLessThan(first.deploy.uploaded)
    })

    it('removes the replaced build’s old search chunks once the retention window has passed', async () => {
      await build({ KB_OLD_BUILD_MINUTES: '0' })
      const gone = []
      for (const key of searchBefore) if ((await object(key, 'HEAD')).status === 404) gone.push(key)
      expect(gone.length).toBeGreaterThan(0)
      expect((await listKeys()).filter((key) => key.startsWith('.kb-builds/'))).toHaveLength(1)
    }, 600_000)
  })
})
