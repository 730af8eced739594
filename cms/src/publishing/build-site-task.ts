import type { TaskConfig } from 'payload'
import { buildSite, type BuildPhases } from './build-site.ts'
import { reportBuildStatus } from './build-status.ts'
import { callDeployHook } from './deploy-hook.ts'
import { siteStamp } from './site-stamp.ts'

/** The queue site builds run in; one worker serves it (`site-worker.ts`). */
export const SITE_QUEUE = 'site'
export const BUILD_SITE_TASK = 'buildSite'

/** How often a failed build is tried again, and how long to wait first (doubling each time). */
const RETRIES = { attempts: 3, backoff: { type: 'exponential' as const, delay: 5_000 } }

interface BuildSiteIO {
  input: { reasons: string[] }
  output: { durationMs: number; phases: BuildPhases }
}

/**
 * Builds the site from the published content, switches it live and calls the deploy hook,
 * reporting each step in *Site build status*. Queued by the content hooks inside the edit's own
 * transaction (`request-site-rebuild.ts`), so a publish that commits always has its build job and
 * one that rolls back never does.
 *
 * Concurrency (Payload's `jobs.enableConcurrencyControl`): every build shares the key `site`, so
 * one runs at a time; `supersedes` drops older pending builds when a newer one is queued, since a
 * build always reads the content as it is then. A failed build is retried with backoff; after the
 * last attempt the job shows its error in the admin (Payload jobs) and the status says why.
 */
export const BuildSiteTask: TaskConfig<BuildSiteIO> = {
  slug: BUILD_SITE_TASK,
  label: 'Build and publish the site',
  inputSchema: [{ name: 'reasons', type: 'text', hasMany: true, required: true }],
  // The phases (build-site.ts), so the jobs list shows where a build's time went.
  outputSchema: [
    { name: 'durationMs', type: 'number', required: true },
    { name: 'phases', type: 'json', required: true },
  ],
  retries: RETRIES,
  concurrency: { key: () => 'site', exclusive: true, supersedes: true },
  handler: async ({ input, req }) => {
    const reasons = input.reasons ?? []
    const { payload } = req
    await reportBuildStatus(payload, { status: 'building', reasons: reasons.join('\n') })
    try {
      const { deployedTo, deploy, durationMs, phases, kind, fallback } = await buildSite({ stamp: await siteStamp(payload), payload })
      const { republish: _steps, ...times } = phases
      if (fallback) payload.logger.warn(`site build: a full build instead of a content-only republish, because ${fallback}`)
      payload.logger.info(
        `site ${kind === 'republish' ? 'republished (changed content only)' : 'rebuilt'} in ${durationMs} ms (${Object.entries(times).map(([phase, ms]) => `${phase} ${ms} ms`).join(', ')}) and deployed to ${deployedTo} (${deploy.uploaded} written, ${deploy.unchanged} unchanged, ${deploy.deleted} removed) for: ${reasons.join('; ')}`,
      )
      await callDeployHook(reasons)
      const now = new Date().toISOString()
      await reportBuildStatus(payload, { status: 'succeeded', reasons: reasons.join('\n'), finishedAt: now, lastSuccessAt: now, durationMs, error: null })
      return { output: { durationMs, phases } }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      payload.logger.error(`site rebuild failed; the previous build stays live. ${message}`)
      await reportBuildStatus(payload, { status: 'failed', reasons: reasons.join('\n'), finishedAt: new Date().toISOString(), error: message })
      throw error
    }
  },
}
