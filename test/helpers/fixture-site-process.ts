/**
 * Run by fixture-site-setup.ts in a process of its own, so the test runner's own process never
 * boots Payload or takes on its environment: imports the fixture library into a throwaway CMS,
 * builds the site once, sends the `FixtureSite` over IPC, and drops both when the runner
 * disconnects (or exits).
 */
import type { FixtureSite } from './fixture-site.ts'
import { buildSite, FIXTURE_SITE_URL, prepareFixtureCms } from './site-build.ts'

const cms = await prepareFixtureCms()
const dispose = async () => {
  await cms.dispose()
  process.exit(0)
}
process.on('disconnect', () => void dispose())
const build = await buildSite({ ...cms.env, SITE_URL: FIXTURE_SITE_URL })
if (build.status !== 0) {
  process.send?.({ error: `astro build of the fixture site failed (exit ${build.status}):\n${build.output}` })
  await dispose()
}
const site: FixtureSite = { dist: build.dist, env: cms.env, published: cms.published, siteUrl: FIXTURE_SITE_URL }
process.send?.({ site })
