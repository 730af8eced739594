import type { Payload, PayloadRequest } from 'payload'
import { searchEventsSlug } from '../collections/slugs.ts'
import type { SearchEventData } from './event-writer.ts'

/** The part of Drizzle's query builder a many-row insert needs. */
interface Inserts {
  insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => PromiseLike<unknown> }
}

/** What both of Payload's SQL adapters (`@payloadcms/drizzle`) hold: Drizzle, its tables, open transactions. */
interface DrizzleAdapter {
  drizzle: Inserts
  tables: Record<string, unknown>
  tableNameMap: Map<string, string>
  sessions?: Record<string, { db?: Inserts }>
}

const isDrizzleAdapter = (db: object): db is DrizzleAdapter => 'drizzle' in db && 'tables' in db && 'tableNameMap' in db

/**
 * Inserts search events as one statement in `req`'s transaction, with `createdAt`/`updatedAt`
 * set to now: the events are flat (no relationship, array or localized fields, so one row each)
 * and already checked, and Payload's own `create` would insert and read back each row on its own
 * (about 1.5 ms of CPU per event on this project's SQLite). Falls back to the adapter's `create`,
 * one event at a time, on an adapter that is not Drizzle's.
 */
export async function insertEvents(payload: Payload, req: PayloadRequest, events: SearchEventData[]): Promise<void> {
  const db = payload.db
  if (!isDrizzleAdapter(db)) {
    for (const data of events) await db.create({ collection: searchEventsSlug, data, req })
    return
  }
  const table = db.tables[db.tableNameMap.get('search_events') ?? 'search_events']
  if (!table) throw new Error('The search_events table is missing: run the CMS migrations (pnpm cms:migrate).')
  const transaction = await req.transactionID
  const session = transaction === undefined || transaction === null ? undefined : db.sessions?.[String(transaction)]?.db
  const now = new Date().toISOString()
  await (session ?? db.drizzle).insert(table).values(events.map((event) => ({ ...event, createdAt: now, updatedAt: now })))
}
