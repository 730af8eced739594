/**
 * Issue 8.4 and 11.2: the main command's processes. A CMS crash no longer takes the public site
 * down (the CMS comes back by itself), and killing the main command outright never leaves the
 * CMS running on its own.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listenerPid, startKnowledgeBase, waitFor, type RunningKb } from '../helpers/main-command.ts'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts'

let database: TestDatabase
let dataDir: string
let kb: RunningKb

const answers = (url: string) => fetch(url).then((response) => response.status, () => undefined)

beforeAll(async () => {
  database = await createTestDatabase()
  dataDir = mkdtempSync(join(tmpdir(), 'kb-processes-'))
  kb = await startKnowledgeBase({ DATABASE_URL: database.url, KB_DATA_DIR: dataDir, KB_SITE_OUTPUT: join(dataDir, 'site') })
})
afterAll(async () => {
  await kb?.stop()
  await database?.drop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('the main command’s processes', () => {
  it('keeps serving the site while the CMS crashes, and brings the CMS back', async () => {
    const cmsPort = Number(new URL(kb.cmsUrl).port)
    const cmsPid = listenerPid(cmsPort)
    expect(cmsPid).toBeDefined()
    process.kill(cmsPid!, 'SIGKILL')
    await waitFor('the CMS to stop answering', async () => ((await answers(`${kb.cmsUrl}/api/users/me`)) === undefined ? true : undefined), 10_000)
    expect(await answers(`${kb.siteUrl}/`)).toBe(200)
    expect(kb.output()).toMatch(/the CMS stopped .*the site keeps serving/)
    await waitFor('the CMS to answer again', async () => ((await answers(`${kb.cmsUrl}/api/users/me`)) === 200 ? true : undefined), 60_000)
    expect(listenerPid(cmsPort)).not.toBe(cmsPid)
  })

  it('stops the CMS when the whole command is killed with SIGKILL', async () => {
    kb.killGroup('SIGKILL')
    await waitFor('the CMS to stop answering', async () => ((await answers(`${kb.cmsUrl}/api/users/me`)) === undefined ? true : undefined), 15_000)
    expect(listenerPid(Number(new URL(kb.cmsUrl).port))).toBeUndefined()
  })
})
