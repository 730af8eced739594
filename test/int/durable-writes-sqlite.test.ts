/**
 * Issue 8.1: on SQLite, a save the CMS acknowledges is stored, even while another process (the
 * site build, an export, a backup) holds a read transaction on the file; and a save made while
 * another process writes (an import) waits its turn instead of failing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databaseTarget } from '@kb/cms/env'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'
import { holdReadTransaction, holdWriteTransaction } from '../helpers/sqlite-other-process.ts'

const target = databaseTarget()
let cms: BootedCms
let editor: Actor
let refs: SampleRefs

beforeAll(async () => {
  if (target.kind !== 'sqlite') return
  cms = await bootCms()
  editor = (await createActors(cms.payload)).editor
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

const createScript = (tag: string) =>
  rest('POST', 'empathy-scripts', { as: editor.credentials, body: { ...sampleData('empathy-scripts', tag, refs), _status: 'published' } })

describe.skipIf(target.kind !== 'sqlite')('saving while another process reads the SQLite file', () => {
  it('runs the database file in write-ahead-log mode', async () => {
    const { rows } = await (cms.payload.db as unknown as { client: { execute: (sql: string) => Promise<{ rows: { journal_mode: string }[] }> } }).client.execute(
      'PRAGMA journal_mode',
    )
    expect(rows[0]?.journal_mode).toBe('wal')
  })

  it('keeps a create and an update acknowledged during another process’s read transaction', async () => {
    const existing = await createScript('existing')
    expect(existing.status).toBe(201)
    const reader = holdReadTransaction(target.kind === 'sqlite' ? target.file : '', 'empathy_scripts', 2_500)
    await reader.started
    const created = await createScript('during-read')
    const updated = await rest('PATCH', `empathy-scripts/${existing.body.doc.id}`, {
      as: editor.credentials,
      body: { line: 'Saved while someone else was reading, {customerName}.' },
    })
    await reader.finished
    expect([created.status, updated.status]).toEqual([201, 200])
    const stored = await rest('GET', `empathy-scripts/${created.body.doc.id}`, { as: editor.credentials })
    expect(stored.status).toBe(200)
    const after = await rest('GET', `empathy-scripts/${existing.body.doc.id}`, { as: editor.credentials })
    expect(after.body.line).toBe('Saved while someone else was reading, {customerName}.')
  })
  it('waits for another process’s write transaction and then saves', async () => {
    const writer = holdWriteTransaction(target.kind === 'sqlite' ? target.file : '', 'empathy_scripts', 1_500)
    await writer.started
    const created = await createScript('during-write')
    await writer.finished
    expect(created.status).toBe(201)
    expect((await rest('GET', `empathy-scripts/${created.body.doc.id}`, { as: editor.credentials })).status).toBe(200)
  })
})

describe.skipIf(target.kind !== 'sqlite')('Payload’s own writes outside a transaction', () => {
  it('answers a wrong password with 401, not 500, while another process writes', async () => {
    const writer = holdWriteTransaction(target.kind === 'sqlite' ? target.file : '', 'users', 1_000)
    await writer.started
    const login = await rest('POST', 'users/login', { body: { email: 'editor@kb.test', password: 'not-the-password' } })
    await writer.finished
    expect(login.status).toBe(401)
  })
})
