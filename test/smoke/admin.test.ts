import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureCmsBuilt } from '../../scripts/lib/cms-build.ts'
import { startCms, type RunningCms } from '../helpers/cms-server.ts'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts'

let cms: RunningCms
let database: TestDatabase
let dataDir: string

beforeAll(async () => {
  ensureCmsBuilt()
  database = await createTestDatabase()
  dataDir = mkdtempSync(join(tmpdir(), 'kb-smoke-'))
  cms = await startCms({ DATABASE_URL: database.url, KB_DATA_DIR: dataDir })
})
afterAll(async () => {
  await cms?.stop()
  await database?.drop()
  rmSync(dataDir, { recursive: true, force: true })
})

const register = (email: string) =>
  fetch(`${cms.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'first-admin-password', 'confirm-password': 'first-admin-password' }),
  })

describe('the built admin', () => {
  it('serves the admin, sending a new installation to first-user sign-up', async () => {
    // Next streams redirects to the browser, so each page names where it is sending it next.
    const admin = await fetch(`${cms.url}/admin`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('NEXT_REDIRECT;replace;/admin/login')
    const login = await fetch(`${cms.url}/admin/login`)
    expect(await login.text()).toContain('NEXT_REDIRECT;replace;/admin/create-first-user')
    const signUp = await fetch(`${cms.url}/admin/create-first-user`)
    expect(signUp.status).toBe(200)
    expect(await signUp.text()).toMatch(/<title>Create first user/)
  })

  it('registers the first user as an admin', async () => {
    const response = await register('owner@kb.test')
    expect(response.status).toBe(200)
    expect((await response.json()).user.role).toBe('admin')
  })

  it('refuses a second first-user registration', async () => {
    const response = await register('intruder@kb.test')
    expect(response.status).toBe(403)
    const owner = await fetch(`${cms.url}/api/users/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'intruder@kb.test', password: 'first-admin-password' }),
    })
    expect(owner.status).toBe(401)
  })
})
