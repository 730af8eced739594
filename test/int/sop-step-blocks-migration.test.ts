import { mkdtempSync, readdirSync, readFileSync, rmSync, type Dirent } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { Migration } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Library } from '@kb/content'
import { checkLibrary, writeLibrary } from '@kb/content/files'
import { databaseTarget } from '@kb/cms/env'
import { exportLibrary, importLibrary } from '@kb/cms/library'
import { migrations as postgresMigrations } from '../../cms/src/migrations/postgres/index.ts'
import { migrations as sqliteMigrations } from '../../cms/src/migrations/sqlite/index.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { sqlRows } from '../helpers/sql-rows.ts'

/**
 * The `sop_step_blocks` migration (steps from one array with a `kind` column to one block per
 * kind) keeps every SOP: the library is imported, the database is taken back to the migration
 * before (this migration's `down`), then migrated as a start does, and exported again.
 */
const target = databaseTarget()
const all = (target.kind === 'postgres' ? postgresMigrations : sqliteMigrations) as Migration[]
const migration = all.find((m) => m.name.endsWith('_sop_step_blocks'))!

let cms: BootedCms
let library: Library
const temporary: string[] = []
type Snapshot = { files: Map<string, string>; versions: unknown[] }
let before: Snapshot
let after: Snapshot

/** Every file of an export, relative path → text. */
async function exported(): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-migrate-'))
  temporary.push(dir)
  writeLibrary(dir, await exportLibrary(cms.payload))
  return new Map(
    (readdirSync(dir, { recursive: true, withFileTypes: true }) as Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((file) => [relative(dir, file), readFileSync(file, 'utf8')]),
  )
}
const snapshot = async (): Promise<Snapshot> => ({
  files: await exported(),
  versions: (await cms.payload.findVersions({ collection: 'sops', depth: 0, limit: 0, pagination: false, sort: 'id' })).docs,
})

/** The database as the migration before left it: this migration's `down`, and its record removed. */
async function migrateDownToBefore(): Promise<void> {
  const db = (cms.payload.db as unknown as { drizzle: unknown }).drizzle
  await migration.down({ db, payload: cms.payload })
  await cms.payload.delete({ collection: 'payload-migrations', where: { name: { equals: migration.name } } })
}

beforeAll(async () => {
  cms = await bootCms()
  const checked = checkLibrary()
  expect(checked.problems).toEqual([])
  library = checked.library
  await importLibrary(cms.payload, library)
  // A newer draft of one SOP, so a version differs from the published document.
  const { docs } = await cms.payload.find({ collection: 'sops', where: { slug: { equals: library.sops[0]!.slug } }, depth: 0 })
  const sop = docs[0]!
  await cms.payload.update({ collection: 'sops', id: sop.id, data: { title: `${sop.title} (draft)` }, draft: true })
  before = await snapshot()
  await migrateDownToBefore()
})
afterAll(async () => {
  await cms?.close()
  temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true }))
})

describe('migrating SOP steps to blocks', () => {
  it('starts from the step array the migration before left, with every step of the library in order', async () => {
    const rows = await sqlRows(
      target.url,
      `SELECT s.slug AS sop, st.key AS key, st.kind AS kind, e.slug AS script FROM sops_steps st
       JOIN sops s ON s.id = st._parent_id LEFT JOIN empathy_scripts e ON e.id = st.script_id ORDER BY st._order`,
    )
    const stored: Record<string, unknown[]> = {}
    for (const row of rows) (stored[String(row.sop)] ??= []).push({ key: row.key, kind: row.kind, script: row.script })
    const expected = Object.fromEntries(
      library.sops.map((sop) => [sop.slug, sop.steps.map((step) => ({ key: step.key, kind: step.kind, script: step.kind === 'say' ? step.script : null }))]),
    )
    expect(stored).toEqual(expected)
  })

  it("starts with every decision's branches in the step array's branch table", async () => {
    const rows = await sqlRows(
      target.url,
      `SELECT s.slug AS sop, st.key AS step, b.label AS label FROM sops_steps_branches b
       JOIN sops_steps st ON st.id = b._parent_id JOIN sops s ON s.id = st._parent_id ORDER BY b._order`,
    )
    const stored = new Set(rows.map((row) => `${String(row.sop)}/${String(row.step)}/${String(row.label)}`))
    const expected = library.sops.flatMap((sop) => sop.steps.flatMap((step) => (step.kind === 'decision' ? step.branches.map((b) => `${sop.slug}/${step.key}/${b.label}`) : [])))
    expect(stored).toEqual(new Set(expected))
    expect(rows.length).toBe(expected.length)
  })

  describe('after migrating as a start does', () => {
    beforeAll(async () => {
      await cms.payload.db.migrate({ migrations: all })
      after = await snapshot()
    })

    it('records the migration as run', async () => {
      const { totalDocs } = await cms.payload.count({ collection: 'payload-migrations', where: { name: { equals: migration.name } } })
      expect(totalDocs).toBe(1)
    })

    it('exports the library byte for byte as before', () => {
      expect([...after.files.keys()].sort()).toEqual([...before.files.keys()].sort())
      for (const [file, text] of before.files) expect(after.files.get(file), file).toBe(text)
    })

    it('keeps every version of every SOP, the newer draft included', () => {
      expect(after.versions).toEqual(before.versions)
      expect(after.versions.length).toBeGreaterThan(library.sops.length)
    })

    it('saves a new version of a migrated SOP, its steps unchanged', async () => {
      const slug = library.sops.find((sop) => sop.steps.some((step) => step.kind === 'decision'))!.slug
      const { docs } = await cms.payload.find({ collection: 'sops', where: { slug: { equals: slug } }, depth: 0 })
      const saved = await cms.payload.update({ collection: 'sops', id: docs[0]!.id, data: { title: 'Edited after the migration' }, draft: true, depth: 0 })
      expect(saved.steps).toEqual(docs[0]!.steps)
      const { totalDocs } = await cms.payload.countVersions({ collection: 'sops', where: { parent: { equals: docs[0]!.id } } })
      expect(totalDocs).toBe(before.versions.filter((v) => (v as { parent: unknown }).parent === docs[0]!.id).length + 1)
    })

    it('leaves no step array tables behind', async () => {
      const tables = target.kind === 'postgres'
        ? await sqlRows(target.url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`)
        : await sqlRows(target.url, `SELECT name FROM sqlite_master WHERE type = 'table'`)
      expect(tables.map((row) => String(row.name)).filter((name) => name.startsWith('sops_steps') || name.startsWith('_sops_v_version_steps'))).toEqual([])
    })
  })
})
