import { randomUUID } from 'node:crypto'
import { APIError, type Payload } from 'payload'
import { SlotTimeout, type TransactionSlots } from './transaction-slots.ts'

/**
 * Transactions that never report a save that did not happen.
 *
 * Payload's drizzle adapters start a drizzle transaction and park it until the operation commits
 * (`@payloadcms/drizzle` `transactions/beginTransaction.js`), but the `.catch` on that parked
 * promise also swallows a failing COMMIT, and `transactions/commitTransaction.js` turns a failed
 * commit into a quiet rollback. The operation then answers 200/201 for a write that was rolled
 * back: on SQLite whenever another connection held a read lock at COMMIT. These replacements keep
 * the adapter's contract (`sessions[id] = { db, resolve, reject }`) but let a failed COMMIT reach
 * the operation as a 503 "try again", so Payload rolls back and the client is told.
 */

/** What these functions need of a drizzle-based Payload adapter (`this` inside them). */
export interface TransactionHost {
  drizzle: { transaction: (work: (tx: unknown) => Promise<void>, options?: unknown) => Promise<unknown> }
  sessions: Record<string, { db: unknown; resolve: () => Promise<void>; reject: () => Promise<void> }>
  initializing: Promise<void>
  transactionOptions?: unknown
  payload: Payload
}

export interface DurableTransactionOptions {
  /** Limits this process's concurrent transactions (`transaction-slots.ts`). */
  slots?: TransactionSlots
  /** How long a save may wait for the database, in milliseconds, before it is answered 503. */
  waitMs: number
}

/** The answer for a save the database could not take now; the REST layer adds `Retry-After`. */
export class DatabaseBusyError extends APIError {
  constructor(detail: string) {
    super(`The database is busy and your change was not saved (${detail}). Please try again in a few seconds.`, 503, undefined, true)
    this.name = 'DatabaseBusyError'
  }
}

/** SQLITE_BUSY / SQLITE_LOCKED, however the driver or drizzle wraps it. */
export function isBusyError(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; depth++) {
    const { code, message } = cause as { code?: unknown; message?: unknown }
    if (typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code)) return true
    if (typeof message === 'string' && /SQLITE_(BUSY|LOCKED)|database is locked/i.test(message)) return true
    cause = (cause as { cause?: unknown }).cause
  }
  return false
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const ROLLBACK = Symbol('rollback')

interface OpenTransaction {
  tx: unknown
  /** Settles when COMMIT or ROLLBACK has run; rejects if COMMIT failed. */
  commit: () => Promise<unknown>
  rollback: () => Promise<void>
}

/** Starts a drizzle transaction and hands it out parked, as Payload's own adapter does. */
function open(host: TransactionHost, options: unknown): Promise<OpenTransaction> {
  return new Promise((resolveOpen, rejectOpen) => {
    let finish: { commit: () => void; rollback: () => void } | undefined
    const done = host.drizzle.transaction(async (tx) => {
      await new Promise<void>((commit, rollback) => {
        finish = { commit, rollback: () => rollback(ROLLBACK) }
        resolveOpen({
          tx,
          commit: () => (finish?.commit(), done),
          rollback: async () => {
            finish?.rollback()
            await done.catch(() => undefined)
          },
        })
      })
    }, options)
    // Fails before the callback ran (BEGIN refused, no connection): the open fails with it.
    done.catch(rejectOpen)
  })
}

/** Begins, retrying while SQLite reports another process's writer, until `deadline`. */
async function openWithRetry(host: TransactionHost, options: unknown, deadline: number): Promise<OpenTransaction> {
  for (let pause = 10; ; pause = Math.min(pause * 2, 250)) {
    try {
      return await open(host, options)
    } catch (error) {
      if (!isBusyError(error) || Date.now() + pause > deadline) throw error
      await sleep(pause)
    }
  }
}

/** The adapter methods to install: `Object.assign(adapter, durableTransactions({ … }))`. */
export function durableTransactions({ slots, waitMs }: DurableTransactionOptions) {
  return {
    async beginTransaction(this: TransactionHost, options?: unknown): Promise<string> {
      await this.initializing
      const deadline = Date.now() + waitMs
      let release = () => {}
      try {
        if (slots) release = await slots.acquire(waitMs)
        const transaction = await openWithRetry(this, options ?? this.transactionOptions, deadline)
        const id = randomUUID()
        this.sessions[id] = {
          db: transaction.tx,
          resolve: () => transaction.commit().then(release, (error: unknown) => (release(), Promise.reject(error))) as Promise<void>,
          reject: () => transaction.rollback().finally(release),
        }
        return id
      } catch (error) {
        release()
        const detail = error instanceof SlotTimeout ? error.message : error instanceof Error ? error.message : String(error)
        this.payload.logger.error({ err: error, msg: `could not begin a database transaction: ${detail}` })
        throw new DatabaseBusyError(error instanceof SlotTimeout || isBusyError(error) ? 'another save is in progress' : 'no database connection')
      }
    },

    async commitTransaction(this: TransactionHost, incoming: string | number | Promise<string | number | null> = ''): Promise<void> {
      const id = String(incoming instanceof Promise ? await incoming : incoming)
      const session = this.sessions[id]
      if (!session) return // already ended by another operation sharing the request
      delete this.sessions[id]
      try {
        await session.resolve()
      } catch (error) {
        // The driver has rolled back: nothing of this operation was stored, and the caller must know.
        this.payload.logger.error({ err: error, msg: 'a database commit failed; the change was rolled back' })
        throw new DatabaseBusyError(isBusyError(error) ? 'the database was locked' : 'the commit failed')
      }
    },

    async rollbackTransaction(this: TransactionHost, incoming: string | number | Promise<string | number | null> = ''): Promise<void> {
      const id = String(incoming instanceof Promise ? await incoming : incoming)
      const session = this.sessions[id]
      if (!session) return
      delete this.sessions[id]
      await session.reject()
    },
  }
}
