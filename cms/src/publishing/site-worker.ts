import type { Payload } from 'payload'
import { SITE_QUEUE } from './build-site-task.ts'
import { prewarmSiteBuilder } from './warm-site-builder.ts'

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true })
  })

/**
 * Jobs of the site queue that a worker was running when it died (`processing` still set) are
 * handed back to the queue, so the publish they stand for is built after all. Safe because one
 * worker serves the site queue: Payload 3 has no job leases or atomic claiming (they arrive in
 * Payload 4), so two workers could both take one job; a second worker must not be started.
 */
export async function recoverInterruptedBuilds(payload: Payload): Promise<number> {
  const { docs } = await payload.update({
    collection: 'payload-jobs',
    where: { and: [{ queue: { equals: SITE_QUEUE } }, { processing: { equals: true } }] },
    data: { processing: false },
    overrideAccess: true,
    depth: 0,
  })
  return docs.length
}

/**
 * The site worker: runs the site queue's jobs one at a time until `signal` aborts, looking for
 * new ones every `pollMs` milliseconds when idle (200 by default: a publish waits 100 ms on average
 * for its build to start, for one small query five times a second). Builds run in this process (and the build process
 * it keeps, `warm-site-builder.ts`), never in a CMS request, so a crash of the CMS leaves publishing alone and vice versa.
 */
export async function runSiteWorker(payload: Payload, { signal, pollMs = 200 }: { signal: AbortSignal; pollMs?: number }): Promise<void> {
  // Astro loads while the worker waits for its first job, so the first publish builds warm too; the
  // build process stays for the worker's life, so a publish after a quiet hour republishes as fast.
  void prewarmSiteBuilder({ stay: true })
  const recovered = await recoverInterruptedBuilds(payload)
  if (recovered > 0) payload.logger.info(`site worker: ${recovered} interrupted build(s) queued again`)
  while (!signal.aborted) {
    const result = await payload.jobs.run({ queue: SITE_QUEUE, limit: 1, overrideAccess: true, silent: true }).catch((error: unknown) => {
      payload.logger.error(`site worker: could not run the queue: ${error instanceof Error ? error.message : String(error)}`)
      return undefined
    })
    const ran = result ? Object.keys(result.jobStatus ?? {}).length : 0
    if (ran === 0) await sleep(pollMs, signal)
  }
}
