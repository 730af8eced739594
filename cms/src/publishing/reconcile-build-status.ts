import type { Payload } from 'payload'
import { siteBuildSlug } from '../globals/SiteBuild.ts'
import { liveBuild } from './site-paths.ts'
import { buildInfo } from './site-stamp.ts'

/**
 * Makes *Site build status* say what is live after a start, not what a process that died was
 * doing (issue 8.4): "building" left by a build killed midway, or "failed" although a later
 * start built a good site. `stamp` is the current content's (`siteStamp`); when the live build
 * carries it, the site is current and the status is "succeeded".
 */
export async function reconcileBuildStatus(payload: Payload, stamp: string): Promise<'succeeded' | 'failed' | 'unchanged'> {
  const live = liveBuild()
  const status = await payload.findGlobal({ slug: siteBuildSlug, overrideAccess: true })
  const info = buildInfo(live)
  if (info?.stamp === stamp) {
    if (status.status === 'succeeded' && !status.error) return 'unchanged'
    const at = info.builtAt ?? new Date().toISOString()
    await payload.updateGlobal({
      slug: siteBuildSlug,
      overrideAccess: true,
      data: { status: 'succeeded', error: null, finishedAt: at, lastSuccessAt: at, reasons: 'The live site matches the published content (checked at start).' },
    })
    return 'succeeded'
  }
  if (status.status !== 'building') return 'unchanged'
  await payload.updateGlobal({
    slug: siteBuildSlug,
    overrideAccess: true,
    data: { status: 'failed', error: 'The build was interrupted when the CMS stopped. The previous build stays live; the next publish rebuilds.' },
  })
  return 'failed'
}
