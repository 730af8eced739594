import type { Payload } from 'payload'
import { siteBuildSlug } from '../globals/SiteBuild.ts'
import { buildSite } from './build-site.ts'
import { RebuildScheduler, type RebuildOutcome } from './rebuild-scheduler.ts'
import { siteStamp } from './site-stamp.ts'

let publisher: RebuildScheduler | undefined

/**
 * The process's rebuild scheduler, or undefined when rebuilding is off. The main command turns
 * it on (`KB_SITE_REBUILD=on`); tests and one-off scripts leave the site alone.
 */
export function sitePublisher(payload: Payload): RebuildScheduler | undefined {
  if (process.env.KB_SITE_REBUILD !== 'on') return undefined
  publisher ??= new RebuildScheduler({
    debounceMs: Number(process.env.KB_REBUILD_DEBOUNCE_MS ?? 200),
    build: async (reasons) => {
      await report(payload, { status: 'building', reasons: reasons.join('\n') })
      const { dir, durationMs } = await buildSite({ stamp: await siteStamp(payload) })
      payload.logger.info(`site rebuilt in ${durationMs} ms (${dir}) for: ${reasons.join('; ')}`)
      await callDeployHook(reasons)
    },
    onSettled: (outcome) => settle(payload, outcome),
  })
  return publisher
}

async function settle(payload: Payload, outcome: RebuildOutcome): Promise<void> {
  const now = new Date().toISOString()
  if (!outcome.ok) payload.logger.error(`site rebuild failed; the previous build stays live. ${outcome.error}`)
  await report(payload, {
    status: outcome.ok ? 'succeeded' : 'failed',
    reasons: outcome.reasons.join('\n'),
    finishedAt: now,
    durationMs: outcome.durationMs,
    error: outcome.ok ? null : (outcome.error ?? 'unknown error'),
    ...(outcome.ok ? { lastSuccessAt: now } : {}),
  })
}

async function report(payload: Payload, data: Record<string, unknown>): Promise<void> {
  await payload.updateGlobal({ slug: siteBuildSlug, data, overrideAccess: true })
}

/** For teams that deploy elsewhere: tell their host a new build is ready. A refusal counts as a failed publish. */
async function callDeployHook(reasons: string[]): Promise<void> {
  const url = process.env.SITE_DEPLOY_HOOK_URL?.trim()
  if (!url) return
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ event: 'site-rebuilt', reasons, at: new Date().toISOString() }),
  }).catch((error: Error) => {
    throw new Error(`the deploy hook ${url} could not be reached: ${error.message}`)
  })
  if (!response.ok) throw new Error(`the deploy hook ${url} answered ${response.status}`)
}
