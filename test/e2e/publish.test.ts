import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { networkInterfaces, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fragmentUrl } from '@kb/cms/publishing'
import { launchBrowser, searchFor } from '../helpers/browser.ts'
import { startKnowledgeBase, waitFor, type RunningKb } from '../helpers/main-command.ts'
import { searchSite } from '../helpers/site-search.ts'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts'

let kb: RunningKb
let database: TestDatabase
let dataDir: string
let editorKey: string
let situationId: number | string
let published: { id: number | string; slug: string }
/** A stand-in for a static host's deploy hook: records what the CMS posts to it. */
let deployHook: Server
const deployCalls: { event: string; reasons: string[] }[] = []
/** How many of the next deploy-hook calls the stand-in host refuses (503). */
let hookRefusals = 0

const json = { 'content-type': 'application/json' }
const asEditor = () => ({ ...json, authorization: `users API-Key ${editorKey}` })
const buildStatus = async () => {
  const response = await fetch(`${kb.cmsUrl}/api/globals/site-build`, { headers: asEditor() })
  return (await response.json()) as { status: string; finishedAt?: string; error?: string | null }
}
/** Waits for a rebuild that finished after `since`, and returns its status. */
const nextBuild = (since: string) =>
  waitFor('the site rebuild', async () => {
    const status = await buildStatus()
    return status.finishedAt && status.finishedAt > since && status.status !== 'building' ? status : undefined
  })
const script = (title: string, line: string, status: 'published' | 'draft') => ({
  title, line, situations: [situationId], stage: 'close', channels: ['chat', 'phone'], tone: 'warm', why: 'Written by the end-to-end test.',
  review: { owner: 'QA', lastReviewed: '2026-11-01', reviewIntervalDays: 30 }, _status: status,
})
const pageStatus = async (path: string) => (await fetch(`${kb.siteUrl}${path}`)).status
/** The name of the live build's search fragment (a page's text for search results) for page `url`. */
const liveFragmentOf = (url: string) => {
  const dir = join(dataDir, 'site', 'live', 'pagefind', 'fragment')
  return readdirSync(dir).find((name) => fragmentUrl(join(dir, name)) === url)
}

beforeAll(async () => {
  database = await createTestDatabase()
  dataDir = mkdtempSync(join(tmpdir(), 'kb-e2e-'))
  deployHook = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      deployCalls.push(JSON.parse(body) as (typeof deployCalls)[number])
      if (hookRefusals > 0) {
        hookRefusals--
        response.writeHead(503).end()
      } else response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => deployHook.listen(0, '127.0.0.1', resolve))
  const hookPort = (deployHook.address() as { port: number }).port
  kb = await startKnowledgeBase({
    DATABASE_URL: database.url, KB_DATA_DIR: dataDir, KB_SITE_OUTPUT: join(dataDir, 'site'),
    SITE_DEPLOY_HOOK_URL: `http://127.0.0.1:${hookPort}/deploy`,
  })
  // An admin signs up, creates an editor with an API key; the tests act as that editor's tool.
  const admin = await fetch(`${kb.cmsUrl}/api/users/first-register`, {
    method: 'POST', headers: json, body: JSON.stringify({ email: 'admin@e2e.test', password: 'e2e-password-1', 'confirm-password': 'e2e-password-1' }),
  }).then((r) => r.json() as Promise<{ token: string }>)
  editorKey = 'e2e-editor-api-key-0001'
  const created = await fetch(`${kb.cmsUrl}/api/users`, {
    method: 'POST', headers: { ...json, authorization: `JWT ${admin.token}` },
    body: JSON.stringify({ email: 'editor@e2e.test', password: 'e2e-password-2', role: 'editor', enableAPIKey: true, apiKey: editorKey }),
  })
  expect(created.status).toBe(201)
  const situations = await fetch(`${kb.cmsUrl}/api/situations?limit=1&where[slug][equals]=billing-error`).then((r) => r.json() as Promise<{ docs: { id: number }[] }>)
  situationId = situations.docs[0]!.id
}, 600_000)

afterAll(async () => {
  if (kb) {
    await kb.stop()
    // Ctrl-C stops both servers: neither port answers any more.
    for (const url of [kb.cmsUrl, kb.siteUrl]) expect(await fetch(url).then(() => 'answering', () => 'stopped')).toBe('stopped')
  }
  deployHook?.close()
  await database?.drop()
  rmSync(dataDir, { recursive: true, force: true })
}, 60_000)

/** This machine's own non-loopback IPv4 addresses: how the network would reach it. */
const networkAddresses = Object.values(networkInterfaces()).flat().flatMap((a) => (a && !a.internal && a.family === 'IPv4' ? [a.address] : []))

describe('where the knowledge base can be reached', () => {
  it.skipIf(networkAddresses.length === 0)('answers on the loopback address only, not from the network', async () => {
    for (const url of [kb.cmsUrl, kb.siteUrl]) {
      expect(await fetch(url).then(() => 'answering', () => 'refused'), url).toBe('answering')
      for (const address of networkAddresses) {
        const fromNetwork = new URL(url)
        fromNetwork.hostname = address
        expect(await fetch(fromNetwork).then(() => 'answering', () => 'refused'), fromNetwork.href).toBe('refused')
      }
    }
  })
})

describe('publishing from the CMS to the live site', () => {
  it('serves the seeded library and its search from the first start', async () => {
    expect(await pageStatus('/situations/billing-error/')).toBe(200)
    // "charged twice" is an alias of the billing-error situation: its playbook comes first.
    expect((await searchSite(kb.siteUrl, 'charged twice'))[0]?.url).toBe('/situations/billing-error/')
  })

  it('makes a script published with an editor API key findable by the site search', async () => {
    const since = new Date().toISOString()
    const response = await fetch(`${kb.cmsUrl}/api/empathy-scripts`, {
      method: 'POST', headers: asEditor(), body: JSON.stringify(script('Wombat guarantee', 'I give you the wombat guarantee, {customerName}.', 'published')),
    })
    expect(response.status).toBe(201)
    published = ((await response.json()) as { doc: { id: number; slug: string } }).doc
    expect((await nextBuild(since)).status).toBe('succeeded')
    const hits = await searchSite(kb.siteUrl, 'wombat guarantee')
    expect(hits[0]?.url).toBe(`/scripts/${published.slug}/`)
    expect(hits[0]?.meta.line).toBe('I give you the wombat guarantee, {customerName}.')
  })

  it('calls the deploy hook after a successful rebuild, saying what changed', () => {
    expect(deployCalls).toContainEqual({ event: 'site-rebuilt', reasons: [`empathy-scripts "${published.slug}" published`], at: expect.any(String) })
  })

  it('never shows a saved draft, even after later rebuilds', async () => {
    const draft = await fetch(`${kb.cmsUrl}/api/empathy-scripts?draft=true`, {
      method: 'POST', headers: asEditor(), body: JSON.stringify(script('Platypus promise', 'The platypus promise stays a draft.', 'draft')),
    })
    expect(draft.status).toBe(201)
    // Publish something else so a rebuild certainly runs after the draft was saved.
    const since = new Date().toISOString()
    await fetch(`${kb.cmsUrl}/api/empathy-scripts`, {
      method: 'POST', headers: asEditor(), body: JSON.stringify(script('Numbat note', 'A numbat note, published to force a rebuild.', 'published')),
    })
    expect((await nextBuild(since)).status).toBe('succeeded')
    // Pagefind matches loosely, so look for the draft's page and words among the hits, not for an empty list.
    const hits = await searchSite(kb.siteUrl, 'platypus promise')
    expect(hits.map((hit) => hit.url)).not.toContain('/scripts/platypus-promise/')
    expect(hits.filter((hit) => /platypus/i.test(JSON.stringify(hit.meta)))).toEqual([])
    expect(await pageStatus('/scripts/platypus-promise/')).toBe(404)
    expect(await fetch(`${kb.siteUrl}/kb.json`).then((r) => r.text())).not.toContain('platypus')
  })

  it('removes an unpublished script from the site and its search', async () => {
    const fragment = liveFragmentOf(`/scripts/${published.slug}/`)
    expect(fragment).toBeDefined()
    const since = new Date().toISOString()
    const response = await fetch(`${kb.cmsUrl}/api/empathy-scripts/${published.id}`, {
      method: 'PATCH', headers: asEditor(), body: JSON.stringify({ _status: 'draft' }),
    })
    expect(response.status).toBe(200)
    expect((await nextBuild(since)).status).toBe('succeeded')
    expect((await searchSite(kb.siteUrl, 'wombat guarantee')).map((hit) => hit.url)).not.toContain(`/scripts/${published.slug}/`)
    expect(await pageStatus(`/scripts/${published.slug}/`)).toBe(404)
    // The replaced build is still kept for open pages, but no longer gives out this script's text.
    expect(await pageStatus(`/pagefind/fragment/${fragment}`)).toBe(404)
  })

  it('refuses to unpublish a situation a published script needs, so no build can break on it', async () => {
    const created = await fetch(`${kb.cmsUrl}/api/situations`, {
      method: 'POST', headers: asEditor(), body: JSON.stringify({ title: 'Echidna escalation', description: 'Made by the e2e test.', _status: 'published' }),
    })
    const situation = ((await created.json()) as { doc: { id: number } }).doc
    const since = new Date().toISOString()
    const line = await fetch(`${kb.cmsUrl}/api/empathy-scripts`, {
      method: 'POST', headers: asEditor(),
      body: JSON.stringify({ ...script('Echidna line', 'An echidna line for the e2e test.', 'published'), situations: [situation.id] }),
    })
    expect(line.status).toBe(201)
    expect((await nextBuild(since)).status).toBe('succeeded')
    const unpublish = await fetch(`${kb.cmsUrl}/api/situations/${situation.id}`, { method: 'PATCH', headers: asEditor(), body: JSON.stringify({ _status: 'draft' }) })
    expect(unpublish.status).toBe(409)
    expect(await pageStatus('/situations/echidna-escalation/')).toBe(200)
  })

  it('says in the admin why a publish failed, retries it, and recovers', async () => {
    hookRefusals = 1
    const since = new Date().toISOString()
    const response = await fetch(`${kb.cmsUrl}/api/empathy-scripts`, {
      method: 'POST', headers: asEditor(), body: JSON.stringify(script('Quokka quote', 'A quokka quote for the e2e test.', 'published')),
    })
    expect(response.status).toBe(201)
    const failed = await nextBuild(since)
    expect(failed.status).toBe('failed')
    expect(failed.error).toMatch(/deploy hook .* answered 503/)
    // The job is retried after a pause; the host now accepts it.
    const recovered = await nextBuild(failed.finishedAt!)
    expect(recovered.status).toBe('succeeded')
    expect((await searchSite(kb.siteUrl, 'quokka quote')).map((hit) => hit.url)).toContain('/scripts/quokka-quote/')
  })

})

describe('the agent vocabulary editors own', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => browser?.close())

  /** The result links the live site's search page shows for a query typed in Chromium. */
  const resultsInBrowser = async (query: string) => {
    const context = await browser.newContext()
    try {
      const page = await context.newPage()
      await page.goto(`${kb.siteUrl}/search/`)
      await searchFor(page, query)
      return await page.locator('li[data-search-result] a').evaluateAll((links) => links.map((link) => link.getAttribute('href')))
    } finally {
      await context.close()
    }
  }

  it("an editor's new synonym works after publish", async () => {
    // A word the library does not hold: nothing, until an editor says it means "wrong amount on bill".
    expect(await resultsInBrowser('bunyip')).toEqual([])
    const vocabulary = await fetch(`${kb.cmsUrl}/api/globals/agent-vocabulary?depth=0&draft=true`, { headers: asEditor() })
    const { synonyms } = (await vocabulary.json()) as { synonyms: { terms: string[] }[] }
    expect(synonyms.length).toBeGreaterThan(10)
    const since = new Date().toISOString()
    const response = await fetch(`${kb.cmsUrl}/api/globals/agent-vocabulary`, {
      method: 'POST', headers: asEditor(), body: JSON.stringify({ synonyms: [...synonyms, { terms: ['bunyip', 'wrong amount on bill'] }], _status: 'published' }),
    })
    expect(response.status).toBe(200)
    expect((await nextBuild(since)).status).toBe('succeeded')
    expect((await resultsInBrowser('bunyip'))[0]).toBe('/situations/billing-error/')
  })
})
