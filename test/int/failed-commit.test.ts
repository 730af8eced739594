/**
 * Issue 8.1: a COMMIT the database refuses is never reported as a save. The client gets a 503
 * with `Retry-After`, and nothing of the change is stored (on either adapter).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

type Transaction = (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<unknown>

let cms: BootedCms
let editor: Actor
let refs: SampleRefs

beforeAll(async () => {
  cms = await bootCms()
  editor = (await createActors(cms.payload)).editor
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

/** Makes the next COMMITs fail as SQLite does under a lock: the work runs, then the driver rolls back. */
async function withFailingCommits<T>(during: () => Promise<T>): Promise<T> {
  const drizzle = (cms.payload.db as unknown as { drizzle: { transaction: Transaction } }).drizzle
  const original = drizzle.transaction
  drizzle.transaction = (work, options) =>
    original.call(drizzle, async (tx) => {
      await work(tx)
      throw Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
    }, options)
  try {
    return await during()
  } finally {
    drizzle.transaction = original
  }
}

describe('a commit the database refuses', () => {
  it('answers a create with 503 and Retry-After, and stores nothing', async () => {
    const response = await withFailingCommits(() =>
      rest('POST', 'empathy-scripts', { as: editor.credentials, body: { ...sampleData('empathy-scripts', 'refused', refs), _status: 'published' } }),
    )
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('2')
    expect(response.body.errors[0].message).toMatch(/not saved.*try again/i)
    const found = await cms.payload.find({ collection: 'empathy-scripts', where: { title: { equals: 'Sample empathy-scripts refused' } }, draft: true })
    expect(found.totalDocs).toBe(0)
  })

  it('answers an update with 503 and keeps the previous text', async () => {
    const created = await rest('POST', 'empathy-scripts', { as: editor.credentials, body: { ...sampleData('empathy-scripts', 'kept', refs), _status: 'published' } })
    const response = await withFailingCommits(() =>
      rest('PATCH', `empathy-scripts/${created.body.doc.id}`, { as: editor.credentials, body: { line: 'This change is refused, {customerName}.' } }),
    )
    expect(response.status).toBe(503)
    const stored = await rest('GET', `empathy-scripts/${created.body.doc.id}`, { as: editor.credentials })
    expect(stored.body.line).toBe(created.body.doc.line)
  })
})
