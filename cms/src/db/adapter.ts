import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'
import type { DatabaseTarget } from '../env.ts'
import { durableTransactions, type TransactionHost } from './durable-transactions.ts'
import { postgresPoolOptions, POOL_RESERVE } from './postgres-pool.ts'
import { serializeLooseWrites } from './serialize-loose-writes.ts'
import { TransactionSlots } from './transaction-slots.ts'

const migrationsDir = (kind: DatabaseTarget['kind']) => new URL(`../migrations/${kind}`, import.meta.url).pathname

/** How long a save may wait for the database (a transaction slot, another process's writer, a pool connection) before a 503. */
export const SAVE_WAIT_MS = 15_000

/**
 * The adapter for a target. Schema push is off everywhere: every database, dev and test ones
 * included, gets its tables from the committed migrations, so they are exercised on every run.
 * Both adapters get transactions that never acknowledge a failed commit (`durable-transactions.ts`).
 */
export function databaseAdapter(target: DatabaseTarget): DatabaseAdapterObj {
  if (target.kind === 'postgres') {
    const pool = postgresPoolOptions(target.url)
    return withDurableTransactions(
      postgresAdapter({ pool, push: false, migrationDir: migrationsDir('postgres') }),
      // Transactions never take the whole pool: a reserve stays for queries Payload runs outside them.
      new TransactionSlots((pool.max ?? 10) - POOL_RESERVE),
    )
  }
  mkdirSync(dirname(target.file), { recursive: true })
  return withDurableTransactions(
    sqliteAdapter({
      client: { url: target.url },
      push: false,
      migrationDir: migrationsDir('sqlite'),
      // Write-ahead log: readers (the site build, export, backups) never block a writer's COMMIT,
      // and a writer never blocks them. FULL sync: an acknowledged save survives a power cut.
      wal: { synchronous: 'FULL' },
      // Off by default in the SQLite adapter; without it a failed save or import can leave half its writes.
      transactionOptions: { behavior: 'immediate' },
    }),
    // One writer at a time in this process; other processes' writers are waited for by retrying.
    new TransactionSlots(1),
  )
}

/** Installs the durable transaction methods on the adapter Payload creates from `adapter`. */
function withDurableTransactions(adapter: DatabaseAdapterObj, slots: TransactionSlots): DatabaseAdapterObj {
  return {
    ...adapter,
    init: (args) => {
      const db = adapter.init(args)
      if (!isTransactionHost(db)) throw new Error(`the ${adapter.name} adapter no longer looks like Payload's drizzle adapter`)
      const durable = Object.assign(db, durableTransactions({ slots, waitMs: SAVE_WAIT_MS }))
      // SQLite has one writer at a time: even Payload's writes outside a transaction take their turn.
      return adapter.name === 'sqlite' ? serializeLooseWrites(durable) : durable
    },
  }
}

function isTransactionHost(db: BaseDatabaseAdapter): db is BaseDatabaseAdapter & TransactionHost {
  return 'drizzle' in db && 'sessions' in db && 'initializing' in db
}
