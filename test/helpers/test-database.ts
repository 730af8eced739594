import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

/** A database that exists only for one test file. */
export interface TestDatabase {
  kind: 'sqlite' | 'postgres'
  url: string
  /** Removes the database (and, for SQLite, its folder). */
  drop: () => Promise<void>
}

/**
 * A throwaway database: a SQLite file in a temporary folder, or, when `TEST_DATABASE_URL`
 * points at a PostgreSQL server, a fresh database created there and dropped afterwards.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL
  if (server) return createPostgresDatabase(server)
  const dir = mkdtempSync(join(tmpdir(), 'kb-test-'))
  return { kind: 'sqlite', url: `file:${join(dir, 'kb.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
}

async function createPostgresDatabase(serverUrl: string): Promise<TestDatabase> {
  const name = `kb_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(serverUrl)
  url.pathname = `/${name}`
  return {
    kind: 'postgres',
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl })
      await client.connect()
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}
