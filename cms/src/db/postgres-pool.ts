import type { PoolConfig } from 'pg'

/** Pool connections kept free of transactions, for the queries Payload runs beside one (`transaction-slots.ts`). */
export const POOL_RESERVE = 4

/**
 * The PostgreSQL pool: bounded waits everywhere, so no request can hang the CMS.
 * - `connectionTimeoutMillis`: a request that finds every connection busy fails (503) rather than queuing forever.
 * - `idle_in_transaction_session_timeout`: the server ends a transaction its client forgot, freeing its locks.
 * - `lock_timeout` / `statement_timeout`: a statement waiting on another's row lock, or running away, is cancelled.
 * Sizes are PostgreSQL's and node-postgres's documented settings (postgresql.org/docs/current/runtime-config-client.html).
 * `KB_PG_POOL_MAX` overrides the pool size (default 20).
 */
export function postgresPoolOptions(connectionString: string, env: NodeJS.ProcessEnv = process.env): PoolConfig {
  const max = env.KB_PG_POOL_MAX ? Number(env.KB_PG_POOL_MAX) : 20
  if (!Number.isInteger(max) || max <= POOL_RESERVE) throw new Error(`KB_PG_POOL_MAX="${env.KB_PG_POOL_MAX}" must be a whole number above ${POOL_RESERVE}`)
  return {
    connectionString,
    max,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    idle_in_transaction_session_timeout: 30_000,
    lock_timeout: 10_000,
    statement_timeout: 30_000,
  }
}
