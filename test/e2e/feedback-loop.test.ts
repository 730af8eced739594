import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { launchBrowser, searchFor } from '../helpers/browser.ts'
import { startKnowledgeBase, waitFor, type RunningKb } from '../helpers/main-command.ts'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts'

const NONSENSE = 'xqzv blorf'
const REAL = 'charged twice'
let kb: RunningKb
let database: TestDatabase
let dataDir: string
let browser: Browser
let editor: Record<string, string>
/** What the editor's browser sends from the admin's own pages: the session cookie, same origin. */
let editorBrowser: Record<string, string>

const json = { 'content-type': 'application/json' }
const get = async <T>(path: string, headers = editor) => (await (await fetch(`${kb.cmsUrl}${path}`, { headers })).json()) as T

beforeAll(async () => {
  database = await createTestDatabase()
  dataDir = mkdtempSync(join(tmpdir(), 'kb-e2e-loop-'))
  browser = await launchBrowser()
  kb = await startKnowledgeBase({ DATABASE_URL: database.url, KB_DATA_DIR: dataDir, KB_SITE_OUTPUT: join(dataDir, 'site') })
  const admin = await fetch(`${kb.cmsUrl}/api/users/first-register`, {
    method: 'POST', headers: json, body: JSON.stringify({ email: 'admin@e2e.test', password: 'e2e-password-1', 'confirm-password': 'e2e-password-1' }),
  }).then((r) => r.json() as Promise<{ token: string }>)
  const created = await fetch(`${kb.cmsUrl}/api/users`, {
    method: 'POST', headers: { ...json, authorization: `JWT ${admin.token}` },
    body: JSON.stringify({ email: 'editor@e2e.test', password: 'e2e-password-2', role: 'editor', enableAPIKey: true, apiKey: 'e2e-loop-editor-key-0001' }),
  })
  expect(created.status).toBe(201)
  editor = { ...json, authorization: 'users API-Key e2e-loop-editor-key-0001' }
  const login = await fetch(`${kb.cmsUrl}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'editor@e2e.test', password: 'e2e-password-2' }) })
  editorBrowser = { cookie: login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; '), 'sec-fetch-site': 'same-origin' }
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await kb?.stop()
  await database?.drop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}, 60_000)

/** Results on the page, as their links. */
const resultLinks = (page: Page) => page.locator('li[data-search-result]').evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href') ?? ''))

describe('from agents back to editors', () => {
  let opened: string

  it('takes an agent’s nonsense search, a real search opened at its third result and "outdated" feedback on that entry', async () => {
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${kb.siteUrl}/search/`)
    await searchFor(page, NONSENSE)
    await page.locator('[data-search-box]').press('Enter')
    await searchFor(page, REAL)
    await page.locator('[data-search-box]').press('Enter')
    const third = page.locator('li[data-search-result]').nth(2).locator('a').first()
    opened = (await third.getAttribute('href'))!
    await third.click()
    await page.waitForURL(`${kb.siteUrl}${opened}`)
    await page.getByLabel('Outdated').check()
    await page.getByRole('button', { name: 'Send feedback' }).click()
    await page.getByRole('status').filter({ hasText: 'Thanks' }).waitFor()
  })

  it('shows the editor all three in the admin', async () => {
    const queries = await vi.waitFor(async () => {
      const events = await get<{ docs: { query: string; results: number; openedRank: number | null }[] }>('/api/search-events?limit=10')
      expect(events.docs).toHaveLength(2)
      return events.docs
    }, { timeout: 30_000, interval: 500 })
    expect(queries).toContainEqual(expect.objectContaining({ query: NONSENSE, results: 0, openedRank: null }))
    expect(queries).toContainEqual(expect.objectContaining({ query: REAL, openedRank: 3 }))
    const feedback = await get<{ docs: { id: number; verdict: string; status: string }[] }>('/api/feedback')
    expect(feedback.docs).toEqual([expect.objectContaining({ verdict: 'outdated', status: 'open' })])
    const analytics = await (await fetch(`${kb.cmsUrl}/admin/search-analytics`, { headers: editorBrowser })).text()
    expect(analytics).toContain('Searches with no results')
    expect(analytics).toContain(NONSENSE)
    expect(analytics).toContain(REAL)
    const feedbackList = await (await fetch(`${kb.cmsUrl}/admin/collections/feedback`, { headers: editorBrowser })).text()
    // The row itself (its link), not only the verdict's label, which the list's filters carry anyway.
    expect(feedbackList).toContain(`/admin/collections/feedback/${feedback.docs[0]!.id}`)
  })

  it('finds the entry by the nonsense words once the editor adds them as an alias and publishes', async () => {
    const { docs } = await get<{ docs: { id: number }[] }>('/api/situations?where[slug][equals]=billing-error&limit=1')
    const id = docs[0]!.id
    const act = await fetch(`${kb.cmsUrl}/api/search-events/act`, { method: 'POST', headers: editor, body: JSON.stringify({ action: 'alias', query: NONSENSE, entry: { collection: 'situations', id } }) })
    expect(act.status).toBe(200)
    const draft = await get<{ aliases: string[] }>(`/api/situations/${id}?draft=true&depth=0`)
    expect(draft.aliases).toContain(NONSENSE)
    const since = new Date().toISOString()
    const published = await fetch(`${kb.cmsUrl}/api/situations/${id}`, { method: 'PATCH', headers: editor, body: JSON.stringify({ aliases: draft.aliases, _status: 'published' }) })
    expect(published.status).toBe(200)
    await waitFor('the site rebuild', async () => {
      const status = await get<{ status: string; finishedAt?: string }>('/api/globals/site-build')
      return status.finishedAt && status.finishedAt > since && status.status === 'succeeded' ? status : undefined
    }, 300_000)
    const page = await (await browser.newContext()).newPage()
    await page.goto(`${kb.siteUrl}/search/`)
    await searchFor(page, NONSENSE)
    expect(await resultLinks(page)).toContain('/situations/billing-error/')
  })
})
