import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

/**
 * Runs `work` inside `req`'s transaction, with Payload's own helpers as its operations use them:
 * begins one unless `req` already has one, commits it only if this call began it, and on any
 * error rolls it back (and with it every write made through `req`) and rethrows. Resolves to what
 * `work` resolved to.
 */
export async function inTransaction<R>(req: PayloadRequest, work: () => Promise<R>): Promise<R> {
  const ownsTransaction = await initTransaction(req)
  try {
    const result = await work()
    if (ownsTransaction) await commitTransaction(req)
    return result
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
