import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../db/in-transaction.ts'

/**
 * Writes that take turns in shared transactions (group commit): each `submit` waits until the
 * transaction holding its write has committed, and gets the write's result, or the error that
 * stopped that transaction (then every write in it is rolled back and rejected). On SQLite the
 * driver runs COMMIT and its fsync synchronously, holding up the whole server once per
 * transaction: one commit per public post kept the server from even accepting connections at
 * 200 posts a second (bench/feedback.md). Writes run one transaction at a time, at most `maxPerCommit`
 * in each, and the server gets to accept and read requests between transactions.
 */
export function groupCommit<T, R>(payload: () => Promise<Payload>, write: (cms: Payload, req: PayloadRequest, item: T) => Promise<R>, maxPerCommit = 100) {
  const waiting: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = []
  let running = false

  const run = async () => {
    running = true
    try {
      while (waiting.length > 0) {
        await new Promise((resolve) => setImmediate(resolve))
        const batch = waiting.splice(0, maxPerCommit)
        try {
          const cms = await payload()
          const req = await createLocalReq({}, cms)
          const results = await inTransaction(req, async () => {
            const written: R[] = []
            for (const { item } of batch) written.push(await write(cms, req, item))
            return written
          })
          batch.forEach(({ resolve }, index) => resolve(results[index]!))
        } catch (error) {
          for (const { reject } of batch) reject(error)
        }
      }
    } finally {
      running = false
    }
  }

  return (item: T): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject })
      if (!running) void run()
    })
}
