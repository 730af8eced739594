/**
 * The server half of `pnpm bench:feedback`, in a process of its own so the load generator never
 * shares an event loop with Payload and the database: boots the CMS on the database the
 * environment names, publishes one entry, serves the real route handlers of
 * `POST /api/feedback/submit` and `POST /api/search-events/report` on loopback and sends its URL
 * over IPC. Answers `count` messages with the stored feedback and search events (once the queued
 * events are written) and the CPU time this process has used, in milliseconds; exits on disconnect.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { openCms } from '../open-cms.ts'
import { serveHandler } from './serve-handler.ts'

const payload = await openCms()
/** How long the event loop was held up (synchronous SQLite I/O, CPU): new connections wait that long to be accepted. */
const delay = monitorEventLoopDelay({ resolution: 10 })
delay.enable()
const review = { owner: 'Operations', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }
await payload.create({ collection: 'situations', data: { title: 'Late parcel', slug: 'late-parcel', description: 'It did not come.', review, _status: 'published' } })
const { feedbackHandlers } = await import('../../cms/src/feedback/handlers.ts')
const { searchEventsHandlers } = await import('../../cms/src/search-analytics/handlers.ts')
const { url } = await serveHandler(async (request) =>
  new URL(request.url).pathname === '/api/feedback/submit' ? feedbackHandlers.POST(request) : searchEventsHandlers.POST(request),
)
process.on('message', async (message) => {
  if (message !== 'count') return
  await searchEventsHandlers.drained()
  const feedback = (await payload.count({ collection: 'feedback' })).totalDocs
  const searchEvents = (await payload.count({ collection: 'search-events' })).totalDocs
  const { user, system } = process.cpuUsage()
  process.send?.({ feedback, searchEvents, cpuMs: (user + system) / 1000, loopDelayMs: { p50: delay.percentile(50) / 1e6, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 } })
  delay.reset()
})
process.on('disconnect', () => process.exit(0))
process.send?.({ url })
