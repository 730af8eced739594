import type { Migration, Payload } from 'payload'
import type { DatabaseTarget } from '../env.ts'
import { migrations as postgresMigrations } from '../migrations/postgres/index.ts'
import { migrations as sqliteMigrations } from '../migrations/sqlite/index.ts'

/** Any fixed number: the PostgreSQL advisory lock every instance takes to migrate. */
const MIGRATION_LOCK = 7_318_245_001

interface PoolLike {
  connect: () => Promise<{ query: (sql: string, values?: unknown[]) => Promise<unknown>; release: () => void }>
}

/**
 * Applies the committed migrations that have not run yet. On PostgreSQL, several CMS instances
 * (and workers) may boot at once: each takes a session-level advisory lock first
 * (postgresql.org/docs/current/explicit-locking.html#ADVISORY-LOCKS), so one migrates and the
 * others wait, then find nothing left to do, instead of racing on the same DDL.
 */
export async function migrateOnBoot(payload: Payload, kind: DatabaseTarget['kind']): Promise<void> {
  const migrations = (kind === 'postgres' ? postgresMigrations : sqliteMigrations) as Migration[]
  if (migrations.length === 0) return
  if (kind !== 'postgres') {
    await payload.db.migrate({ migrations })
    return
  }
  const pool = (payload.db as unknown as { pool: PoolLike }).pool
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    await payload.db.migrate({ migrations })
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined)
    client.release()
  }
}
