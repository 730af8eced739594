import { sql } from '@payloadcms/db-postgres'
import type { CollectionSlug, PayloadRequest } from 'payload'
import type { TransactionHost } from './durable-transactions.ts'

interface Executor {
  execute: (query: ReturnType<typeof sql>) => Promise<unknown>
}

/**
 * Locks a document's main row for the rest of the request's transaction (`SELECT … FOR UPDATE`),
 * so a concurrent update of the same document waits until this one commits and then reads what
 * it wrote. Payload's update reads the document, merges the incoming fields and rewrites the
 * whole row; without the lock two editors' changes to different fields overwrite each other.
 *
 * PostgreSQL only: on SQLite this process runs one transaction at a time (`transaction-slots.ts`)
 * and `BEGIN IMMEDIATE` holds the file's write lock from the start, so updates are serial already.
 * Does nothing outside a transaction. Waits at most the pool's `lock_timeout` (`postgres-pool.ts`).
 */
export async function lockRowForUpdate(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<void> {
  const db = req.payload.db as unknown as TransactionHost & { name: string; tableNameMap: Map<string, string> }
  if (db.name !== 'postgres') return
  const transactionID = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = transactionID == null ? undefined : db.sessions[String(transactionID)]
  if (!session) return
  const table = db.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection.replace(/-/g, '_')
  await (session.db as Executor).execute(sql`select 1 from ${sql.identifier(table)} where ${sql.identifier('id')} = ${id} for update`)
}
