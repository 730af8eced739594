import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'
import type { DatabaseTarget } from './env.ts'

const migrationsDir = (kind: DatabaseTarget['kind']) => new URL(`./migrations/${kind}`, import.meta.url).pathname

/**
 * The adapter for a target. Schema push is off everywhere: every database, dev and test ones
 * included, gets its tables from the committed migrations, so they are exercised on every run.
 */
export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'postgres') {
    return postgresAdapter({
      pool: { connectionString: target.url },
      push: false,
      migrationDir: migrationsDir('postgres'),
    })
  }
  mkdirSync(dirname(target.file), { recursive: true })
  return sqliteAdapter({
    client: { url: target.url },
    push: false,
    migrationDir: migrationsDir('sqlite'),
    // Off by default in the SQLite adapter; without it a failed save or import can leave half its writes.
    transactionOptions: { behavior: 'immediate' },
  })
}
