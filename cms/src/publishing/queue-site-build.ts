import type { PayloadRequest } from 'payload'
import { BUILD_SITE_TASK, SITE_QUEUE } from './build-site-task.ts'

/** Kept on the request: the build this request's transaction already queued, and its reasons. */
const QUEUED = 'siteBuildQueued'
const MAX_REASONS = 50

interface QueuedBuild {
  id: number | string
  reasons: string[]
}

/**
 * Queues a site build for `reason`, inside `req`'s transaction: the job row commits or rolls back
 * with the edit that asked for it (a durable outbox; Payload's `jobs.queue` passes `req` through,
 * `queues/localAPI.js`). Reasons of builds still waiting are carried over, since the new job
 * supersedes them (`build-site-task.ts`) and the status should still say what changed. Later
 * changes in the same request (an import of hundreds of entries) add their reason to that job
 * instead of queuing again: one write each, not three.
 */
export async function queueSiteBuild(req: PayloadRequest, reason: string): Promise<void> {
  const queued = req.context[QUEUED] as QueuedBuild | undefined
  if (queued) {
    if (queued.reasons.includes(reason) || queued.reasons.length >= MAX_REASONS) return
    queued.reasons.push(reason)
    await req.payload.db.updateOne({ collection: 'payload-jobs', id: queued.id, data: { input: { reasons: queued.reasons } }, req })
    return
  }
  const waiting = await req.payload.find({
    collection: 'payload-jobs',
    where: { and: [{ taskSlug: { equals: BUILD_SITE_TASK } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    depth: 0,
    limit: 20,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const earlier = waiting.docs.flatMap((job) => ((job.input as { reasons?: unknown } | null)?.reasons as string[] | undefined) ?? [])
  const reasons = [...new Set([...earlier, reason])].slice(-MAX_REASONS)
  const job = await req.payload.jobs.queue({ task: BUILD_SITE_TASK, input: { reasons }, queue: SITE_QUEUE, req })
  req.context[QUEUED] = { id: job.id, reasons } satisfies QueuedBuild
}

/**
 * Drops site builds still waiting that were queued before `before` (an ISO time): a build that
 * started after them has published what they asked for. `pnpm start` calls it after building the
 * site itself, so seeding an empty database does not build the site twice. Returns how many.
 */
export async function dropBuildsCoveredBy(payload: PayloadRequest['payload'], before: string): Promise<number> {
  const { docs } = await payload.delete({
    collection: 'payload-jobs',
    where: {
      and: [{ taskSlug: { equals: BUILD_SITE_TASK } }, { processing: { equals: false } }, { completedAt: { exists: false } }, { createdAt: { less_than: before } }],
    },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}
