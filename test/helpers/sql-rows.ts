import { DatabaseSync } from 'node:sqlite'
import pg from 'pg'

export type SqlRow = Record<string, unknown>

/**
 * Runs one read-only query on the database at `url` (a `file:` SQLite URL or a PostgreSQL URL)
 * over a connection of its own, not Payload's, and returns its rows. For tests that check what is
 * stored beneath the CMS (tables a migration left), in SQL both databases accept.
 */
export async function sqlRows(url: string, query: string): Promise<SqlRow[]> {
  if (url.startsWith('file:')) {
    const db = new DatabaseSync(url.slice('file:'.length), { readOnly: true })
    try {
      return db.prepare(query).all() as SqlRow[]
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<SqlRow>(query)).rows
  } finally {
    await client.end()
  }
}
