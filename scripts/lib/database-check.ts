import pg from 'pg'
import type { DatabaseTarget } from '@kb/cms/env'

/** For PostgreSQL, connects once so a wrong DATABASE_URL is a one-line error, not a stack trace from deep inside Payload. */
export async function checkDatabaseReachable(target: DatabaseTarget): Promise<void> {
  if (target.kind !== 'postgres') return
  const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 })
  try {
    await client.connect()
  } catch (error) {
    const safe = target.url.replace(/\/\/[^@/]*@/, '//…@')
    throw new Error(`cannot connect to DATABASE_URL (${safe}): ${(error as Error).message}. Fix DATABASE_URL or unset it to use the embedded SQLite file.`)
  } finally {
    await client.end().catch(() => {})
  }
}
