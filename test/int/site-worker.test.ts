/**
 * Issue 12: a build the site worker was running when it died is not lost. The next worker start
 * hands it back to the queue, where it runs like any other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { recoverInterruptedBuilds } from '@kb/cms/publishing'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'

let cms: BootedCms

beforeAll(async () => {
  cms = await bootCms()
})
afterAll(async () => cms?.close())

describe('a build interrupted by a dying worker', () => {
  it('is queued again when the next worker starts', async () => {
    const job = await cms.payload.jobs.queue({ task: 'buildSite', input: { reasons: ['situations "x" published'] }, queue: 'site' })
    await cms.payload.update({ collection: 'payload-jobs', id: job.id, data: { processing: true }, overrideAccess: true })
    expect(await recoverInterruptedBuilds(cms.payload)).toBe(1)
    const after = await cms.payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    expect(after.processing).toBe(false)
    expect(after.completedAt ?? null).toBeNull()
  })

  it('leaves finished builds and other queues alone', async () => {
    const finished = await cms.payload.jobs.queue({ task: 'buildSite', input: { reasons: ['finished'] }, queue: 'site' })
    await cms.payload.update({ collection: 'payload-jobs', id: finished.id, data: { completedAt: new Date().toISOString() }, overrideAccess: true })
    const other = await cms.payload.jobs.queue({ task: 'buildSite', input: { reasons: ['other'] }, queue: 'default' })
    await cms.payload.update({ collection: 'payload-jobs', id: other.id, data: { processing: true }, overrideAccess: true })
    expect(await recoverInterruptedBuilds(cms.payload)).toBe(0)
    expect((await cms.payload.findByID({ collection: 'payload-jobs', id: other.id, overrideAccess: true })).processing).toBe(true)
    expect((await cms.payload.findByID({ collection: 'payload-jobs', id: finished.id, overrideAccess: true })).completedAt).toBeTruthy()
  })
})
