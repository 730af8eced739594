/**
 * `pnpm worker`: the site worker. Runs the `site` queue of Payload's jobs (builds queued by
 * publishes), one at a time, until SIGINT/SIGTERM. Run exactly one per database: Payload 3 cannot
 * hand a job to only one of several workers (see cms/src/publishing/site-worker.ts). `pnpm start`
 * runs one beside the CMS.
 */
import { deployTarget, runSiteWorker } from '@kb/cms/publishing'
import { openCms } from './open-cms.ts'

process.env.KB_LOG_LEVEL ??= 'info'
let target = ''
try {
  // A misconfigured deploy target stops the worker here, not every publish later.
  target = deployTarget(process.env).description
} catch (error) {
  console.error(`worker: ${(error as Error).message}`)
  process.exit(1)
}
const payload = await openCms()
const stop = new AbortController()
const shutdown = () => {
  stop.abort()
  // A build in progress is left to its job: the next worker start queues it again.
  setTimeout(() => process.exit(0), 200).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
payload.logger.info(`site worker: running the site queue, deploying to ${target}`)
await runSiteWorker(payload, { signal: stop.signal })
process.exit(0)
