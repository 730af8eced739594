import { createLocalReq, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import { inTransaction } from '../db/in-transaction.ts'
import { insertEvents } from './insert-events.ts'

export type SearchEventData = RequiredDataFromCollectionSlug<'search-events'>

export interface EventWriterOptions {
  /** Events waiting to be stored at most; a report that would pass this is refused (429). Default 5,000. */
  maxQueued?: number
  /** Events stored per transaction at most. Default 500. */
  maxPerWrite?: number
}

export interface EventWriter {
  /** Queues a report's events (all or none); false when the queue is full. */
  add: (events: SearchEventData[]) => boolean
  /** Resolves once every event queued so far is stored (or its write failed and was logged). */
  drained: () => Promise<void>
}

/**
 * Stores search events in the background, many per transaction and statement (group commit,
 * insert-events.ts): measured on this project's SQLite under load, `payload.create` in a
 * transaction of its own cost 64 ms of wall time (8 ms of CPU) per event. This skips Payload's
 * hooks and field validation: events are checked against `searchEventBatchSchema` before they are
 * queued, and the collection has no hooks. The queue is bounded, so memory is
 * too; events of one report always land in the same transaction. A failed write is logged with
 * how many events it lost (a crash loses at most what is queued: these are analytics, not content).
 */
export function eventWriter(payload: () => Promise<Payload>, { maxQueued = 5_000, maxPerWrite = 500 }: EventWriterOptions = {}): EventWriter {
  let queue: SearchEventData[][] = []
  let queued = 0
  let writing: Promise<void> | undefined

  const writeSome = async () => {
    const cms = await payload().catch((error: unknown) => {
      console.error(`Storing ${queued} search events failed: the CMS did not start.`, error)
      queue = []
      queued = 0
      return undefined
    })
    while (cms && queue.length > 0) {
      // The SQLite driver runs statements synchronously behind its promises: let the server accept
      // and read waiting requests between writes, or back-to-back writes would starve them.
      await new Promise((resolve) => setImmediate(resolve))
      const reports: SearchEventData[][] = []
      let count = 0
      while (queue.length > 0 && (reports.length === 0 || count + queue[0]!.length <= maxPerWrite)) {
        const report = queue.shift()!
        reports.push(report)
        count += report.length
      }
      const req = await createLocalReq({}, cms)
      try {
        await inTransaction(req, () => insertEvents(cms, req, reports.flat()))
      } catch (error) {
        cms.logger.error({ err: error }, `Storing ${count} search events failed; they are lost.`)
      } finally {
        queued -= count
      }
    }
  }
  const start = () => {
    writing ??= writeSome().finally(() => {
      writing = undefined
      if (queue.length > 0) start()
    })
  }

  return {
    add(events) {
      if (queued + events.length > maxQueued) return false
      queue.push(events)
      queued += events.length
      start()
      return true
    },
    async drained() {
      while (writing) await writing
    },
  }
}
