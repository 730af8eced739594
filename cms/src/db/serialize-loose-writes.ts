import { isolateObjectProperty, type BaseDatabaseAdapter, type PayloadRequest } from 'payload'

/** The adapter methods that write. */
const WRITE_METHODS = [
  'create', 'createGlobal', 'createGlobalVersion', 'createVersion', 'deleteMany', 'deleteOne', 'deleteVersions',
  'updateGlobal', 'updateGlobalVersion', 'updateJobs', 'updateMany', 'updateOne', 'updateVersion', 'upsert',
] as const

type WriteMethod = (this: BaseDatabaseAdapter, args: { req?: Partial<PayloadRequest> }) => Promise<unknown>

/**
 * SQLite only: a write Payload makes outside any transaction runs in a transaction of its own.
 *
 * Payload writes some rows on purpose without the request's transaction: failed-login counters
 * (`auth/strategies/local/incrementLoginAttempts.js`), the jobs runner's bookkeeping
 * (`queues/operations/runJobs`). On SQLite such a write goes straight to the file on the client's
 * shared connection, so while any transaction (this process's or another's) holds the write lock
 * it failed at once with SQLITE_BUSY: a 500 for a mistyped password during someone's save. Given
 * a transaction of its own, the write waits its turn like every other (`durable-transactions.ts`)
 * and commits alone, so it still shows to parallel requests as Payload intends.
 */
export function serializeLooseWrites<T extends BaseDatabaseAdapter>(adapter: T): T {
  const methods = adapter as unknown as Record<(typeof WRITE_METHODS)[number], WriteMethod>
  for (const name of WRITE_METHODS) {
    const write = methods[name]
    if (typeof write !== 'function') continue
    methods[name] = async function (this: BaseDatabaseAdapter, args) {
      const current = args?.req?.transactionID instanceof Promise ? await args.req.transactionID : args?.req?.transactionID
      const sessions = (this as { sessions?: Record<string, unknown> }).sessions ?? {}
      if (current != null && sessions[String(current)]) return write.call(this, args)
      const id = await this.beginTransaction!()
      if (id == null) return write.call(this, args)
      const req = args?.req ? isolateObjectProperty(args.req as PayloadRequest, 'transactionID') : ({} as Partial<PayloadRequest>)
      req.transactionID = id
      try {
        const result = await write.call(this, { ...args, req })
        await this.commitTransaction!(id)
        return result
      } catch (error) {
        await this.rollbackTransaction!(id)
        throw error
      }
    }
  }
  return adapter
}
