import type { Payload } from 'payload'

type Transaction = (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<unknown>

/**
 * Runs `during` with every COMMIT failing as SQLite's does under a lock: the transaction's work
 * runs, then the driver throws SQLITE_BUSY and rolls back. Restores the driver afterwards.
 */
export async function withFailingCommits<T>(payload: Payload, during: () => Promise<T>): Promise<T> {
  const drizzle = (payload.db as unknown as { drizzle: { transaction: Transaction } }).drizzle
  const original = drizzle.transaction
  drizzle.transaction = (work, options) =>
    original.call(drizzle, async (tx) => {
      await work(tx)
      throw Object.assign(new Error('SQLITE_BUSY: database is locked'), { code: 'SQLITE_BUSY' })
    }, options)
  try {
    return await during()
  } finally {
    drizzle.transaction = original
  }
}
