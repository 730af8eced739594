import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureCmsBuilt } from '../../scripts/lib/cms-build.ts'
import { startCms, type RunningCms } from '../helpers/cms-server.ts'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts'

const SITE = 'http://127.0.0.1:4399'
let cms: RunningCms
let database: TestDatabase
let dataDir: string
/** What a signed-in browser sends from the admin's own pages (Payload takes a session cookie only with these). */
let signedIn: Record<string, string>

beforeAll(async () => {
  ensureCmsBuilt()
  database = await createTestDatabase()
  dataDir = mkdtempSync(join(tmpdir(), 'kb-smoke-signals-'))
  cms = await startCms({ DATABASE_URL: database.url, KB_DATA_DIR: dataDir, SITE_URL: SITE })
  const password = 'first-admin-password'
  const json = { 'content-type': 'application/json' }
  await fetch(`${cms.url}/api/users/first-register`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'owner@kb.test', password, 'confirm-password': password }) })
  const login = await fetch(`${cms.url}/api/users/login`, { method: 'POST', headers: json, body: JSON.stringify({ email: 'owner@kb.test', password }) })
  // The session cookie as the browser would keep it: name=value of each Set-Cookie.
  signedIn = { cookie: login.headers.getSetCookie().map((line) => line.split(';')[0]).join('; '), 'sec-fetch-site': 'same-origin' }
})
afterAll(async () => {
  await cms?.stop()
  await database?.drop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('search analytics and the digest on the built CMS', () => {
  it('takes a beacon from the site at /api/search-events/report and shows its query in Search analytics', async () => {
    const beacon = await fetch(`${cms.url}/api/search-events/report`, {
      method: 'POST', headers: { 'content-type': 'text/plain;charset=UTF-8', origin: SITE }, body: JSON.stringify({ events: [{ query: 'xqzv blorf', results: 0 }] }),
    })
    expect(beacon.status).toBe(202)
    await expect.poll(async () => ((await (await fetch(`${cms.url}/api/search-events`, { headers: signedIn })).json()) as { totalDocs: number }).totalDocs).toBe(1)
    const page = await fetch(`${cms.url}/admin/search-analytics`, { headers: signedIn })
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Searches with no results')
    expect(html).toContain('xqzv blorf')
  })

  it('renders the weekly digest and links to its JSON', async () => {
    const page = await fetch(`${cms.url}/admin/digest`, { headers: signedIn })
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('Weekly digest')
    expect((await fetch(`${cms.url}/api/digest?owner=Nobody`, { headers: signedIn })).status).toBe(200)
  })

  it('sends a visitor who is not signed in to the login page', async () => {
    const page = await fetch(`${cms.url}/admin/search-analytics`)
    expect(await page.text()).toContain('NEXT_REDIRECT;replace;/admin/login')
  })
})
