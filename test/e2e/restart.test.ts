import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { startKnowledgeBase } from '../helpers/main-command.ts'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts'

let database: TestDatabase | undefined
let dataDir: string | undefined

afterAll(async () => {
  await database?.drop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
})

describe('starting the knowledge base a second time', () => {
  it('seeds and builds on the first start, and rebuilds nothing unchanged on the second', async () => {
    database = await createTestDatabase()
    dataDir = mkdtempSync(join(tmpdir(), 'kb-restart-'))
    // Each start gets new free ports; the site's address (baked into kb.json) must not change with them.
    const env = { DATABASE_URL: database.url, KB_DATA_DIR: dataDir, KB_SITE_OUTPUT: join(dataDir, 'site'), SITE_URL: 'http://kb.example.test' }

    const first = await startKnowledgeBase(env)
    await first.stop()
    expect(first.output()).toMatch(/seeded the empty database from content\/: \d+ entries/)
    expect(first.output()).toMatch(/site: built in/)

    const second = await startKnowledgeBase(env)
    try {
      expect(second.output()).toContain('CMS admin: up to date')
      expect(second.output()).toContain('site: up to date')
      expect(second.output()).not.toContain('seeded')
      expect((await fetch(`${second.siteUrl}/situations/billing-error/`)).status).toBe(200)
    } finally {
      await second.stop()
    }
  })
})
