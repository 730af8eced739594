import { DatabaseSync } from 'node:sqlite'
import { fileURLToPath } from 'node:url'
import pg from 'pg'

/**
 * Runs one SQL statement on a test database directly, past the CMS and its checks: how a test plants
 * data that an older version or a hand-edited database could hold. `$1`, `$2`… placeholders on
 * PostgreSQL, `?` on SQLite; `url` is what `createTestDatabase` returned.
 */
export async function runSql(url: string, sql: string, params: (string | number)[]): Promise<void> {
  if (url.startsWith('file:')) {
    // The CMS may be mid-write (a build status, a search event): wait for its lock as it would wait
    // for ours, rather than failing with "database is locked".
    const path = url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length)
    const db = new DatabaseSync(path, { timeout: 15_000 })
    try {
      db.prepare(sql.replace(/\$\d+/g, '?')).run(...params)
    } finally {
      db.close()
    }
    return
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql, params)
  } finally {
    await client.end()
  }
}
