/**
 * The server half of `pnpm bench:feedback`, in a process of its own so the load generator never
 * shares an event loop with Payload and the database: boots the CMS on the database the
 * environment names, publishes one entry, serves the real route handlers of
 * `POST /api/feedback/submit` and `POST /api/search-events/report` on loopback and sends its URL
 * over IPC. Answers `count` messages with the stored feedback and search events (once the queued
 * events are written) and the CPU time this process has used, in milliseconds; exits on disconnect.
 */
import { openCms } from '../open-cms.ts'
import { serveHandler } from './serve-handler.ts'

const payload = await openCms()
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
  process.send?.({ feedback, searchEvents, cpuMs: (user + system) / 1000 })
})
process.on('disconnect', () => process.exit(0))
process.send?.({ url })
