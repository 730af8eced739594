import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll } from 'vitest'
import { ensureCmsBuilt } from '../../scripts/lib/cms-build.ts'
import { startCms, type RunningCms } from './cms-server.ts'
import { createTestDatabase, type TestDatabase } from './test-database.ts'

/**
 * Starts the built CMS (`next start`, rebuilt first when stale) once for the calling test file, on
 * a throwaway database and data folder, and stops it and removes both afterwards. Returns a getter
 * for use inside tests.
 */
export function builtCmsForFile(env: Record<string, string> = {}): () => RunningCms {
  let cms: RunningCms | undefined
  let database: TestDatabase | undefined
  let dataDir: string | undefined
  beforeAll(async () => {
    ensureCmsBuilt()
    database = await createTestDatabase()
    dataDir = mkdtempSync(join(tmpdir(), 'kb-smoke-'))
    cms = await startCms({ DATABASE_URL: database.url, KB_DATA_DIR: dataDir, ...env })
  })
  afterAll(async () => {
    await cms?.stop()
    await database?.drop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })
  return () => {
    if (!cms) throw new Error('builtCmsForFile(): the CMS is not running yet (use it inside tests or hooks)')
    return cms
  }
}
