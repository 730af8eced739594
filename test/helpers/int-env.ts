/**
 * Setup file of the `int` project: before a test file is even imported, point the CMS at a
 * throwaway database and data folder of its own (the config reads the environment on import).
 * The database is dropped after the file's own `afterAll` hooks have closed Payload.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { createTestDatabase } from './test-database.ts'

const database = await createTestDatabase()
const dataDir = mkdtempSync(join(tmpdir(), 'kb-data-'))
process.env.DATABASE_URL = database.url
process.env.KB_DATA_DIR = dataDir
process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'

afterAll(async () => {
  await database.drop()
  rmSync(dataDir, { recursive: true, force: true })
})
