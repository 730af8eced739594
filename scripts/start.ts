/**
 * `pnpm start`, the main command: migrate the database, seed it from content/ if it is empty,
 * build the CMS admin and the site when they are out of date, then serve the CMS (admin + API)
 * and the site together until Ctrl-C. Publishing in the CMS queues a site build, which the site
 * worker started beside the CMS runs (Payload's jobs queue).
 */
import { checkLibrary, readAgentVocabulary, REPO_ROOT } from '@kb/content/files'
import { databaseTarget, payloadSecret } from '@kb/cms/env'
import { importLibrary, seedAgentVocabulary } from '@kb/cms/library'
import { buildSite, deployConfig, dropBuildsCoveredBy, liveBuild, reconcileBuildStatus, retentionMs, sitePaths, siteStamp, stampOf, tidyOldBuilds } from '@kb/cms/publishing'
import { ensureCmsBuilt } from './lib/cms-build.ts'
import { superviseCms, superviseWorker } from './lib/supervise.ts'
import { assertPortFree, listenHost, portFrom } from './lib/ports.ts'
import { servedBuilds, serveSite } from './lib/static-server.ts'
import { openCms } from './open-cms.ts'
import { checkDatabaseReachable } from './lib/database-check.ts'

const fail = (message: string): never => {
  console.error(`start: ${message}`)
  process.exit(1)
}
const step = (message: string) => console.log(`• ${message}`)

const env = process.env
let cmsPort = 0
let sitePort = 0
let host = '127.0.0.1'
try {
  host = listenHost(env)
  cmsPort = portFrom(env, 'CMS_PORT', 3000)
  sitePort = portFrom(env, 'SITE_PORT', 4321)
  // The site's own address: absolute links in kb.json and llms.txt, and the origin the CMS takes
  // feedback posts from. Set once here, so the first build, the worker and the CMS agree.
  env.SITE_URL ||= `http://localhost:${sitePort}`
  const target = databaseTarget(env)
  await checkDatabaseReachable(target)
  payloadSecret(env)
  retentionMs(env) // KB_OLD_BUILD_MINUTES
  // KB_DEPLOY_TARGET and KB_S3_*: checked here too, or the supervised worker would refuse them and restart in a loop.
  deployConfig(env)
  await assertPortFree(cmsPort, 'CMS_PORT')
  await assertPortFree(sitePort, 'SITE_PORT')
  step(`database: ${target.kind === 'sqlite' ? target.file : 'PostgreSQL (DATABASE_URL)'}`)
} catch (error) {
  fail((error as Error).message)
}

step(`CMS admin: ${ensureCmsBuilt() === 'built' ? 'built' : 'up to date'}`)
const payload = await openCms().catch((error: Error) => fail(`could not open the database: ${error.message}`))
const { totalDocs: entries } = await payload.count({ collection: 'situations' })
if (entries === 0) {
  const { library, problems } = checkLibrary()
  if (problems.length > 0) fail(`content/ has ${problems.length} problem(s); run pnpm content:check`)
  const { total } = await importLibrary(payload, library)
  step(`seeded the empty database from content/: ${total.created} entries`)
}
// Also for a database made before the vocabulary lived in the CMS: search keeps its synonyms.
if (await seedAgentVocabulary(payload, () => readAgentVocabulary(REPO_ROOT))) step('seeded the agent vocabulary from content/agent-vocabulary.yaml')
const { totalDocs: users } = await payload.count({ collection: 'users' })
const stampedAt = new Date().toISOString()
const stamp = await siteStamp(payload)

if (stampOf(liveBuild()) === stamp) step('site: up to date')
else {
  step('site: building pages and search index…')
  const { durationMs } = await buildSite({ stamp, payload }).catch((error: Error) => fail(error.message))
  step(`site: built in ${(durationMs / 1000).toFixed(1)} s`)
}
// The status in the admin says what is live now, whatever a process that died left in it.
await reconcileBuildStatus(payload, stamp)
// Builds queued before the stamp (e.g. by seeding) are in the live site already.
await dropBuildsCoveredBy(payload, stampedAt)
await payload.destroy()

// Live first, then recently replaced builds: pages still open may fetch their search chunks and assets.
const site = serveSite(() => servedBuilds(env)).listen(sitePort, host)
// Replaced builds are deleted once KB_OLD_BUILD_MINUTES have passed, even when no rebuild follows.
const tidying = setInterval(() => {
  try {
    tidyOldBuilds({ builds: sitePaths(env).builds, live: liveBuild(env) }, retentionMs(env))
  } catch (error) {
    console.error(`start: could not delete old site builds: ${(error as Error).message}`)
  }
}, 60_000)
tidying.unref()
// The CMS and the site worker (which builds what publishes queue) each restart after a crash;
// the site keeps serving meanwhile.
const cms = superviseCms({ port: cmsPort, host, env })
const worker = superviseWorker(env)

let stopping = false
const stop = (code: number) => {
  if (stopping) return
  stopping = true
  site.close()
  cms.stop()
  worker.stop()
  setTimeout(() => process.exit(code), 300).unref()
}
process.on('SIGINT', () => stop(0))
process.on('SIGTERM', () => stop(0))
// Whatever goes wrong, never leave the CMS (its own process group) running without us.
const crash = (kind: string) => (error: unknown) => {
  console.error(`start: ${kind}: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}; stopping.`)
  process.exitCode = 1
  stop(1)
}
process.on('uncaughtException', crash('unexpected error'))
process.on('unhandledRejection', crash('unhandled rejection'))

const cmsUrl = `http://localhost:${cmsPort}`
// The addresses are printed once the CMS answers. A first boot on a busy machine can take minutes
// (migrations, Next's first compile): wait up to 5 minutes, then print them anyway.
for (let i = 0; i < 1200 && !stopping; i++) {
  if (await fetch(`${cmsUrl}/api/users/me`).then(() => true, () => false)) break
  await new Promise((resolve) => setTimeout(resolve, 250))
}
console.log(`
  Knowledge base (site):  http://localhost:${sitePort}/
  CMS admin:              ${cmsUrl}/admin
  REST API / GraphQL:     ${cmsUrl}/api  ·  ${cmsUrl}/api/graphql${users === 0 ? `\n  First admin sign-up:    ${cmsUrl}/admin/create-first-user` : ''}

  Publishing in the CMS rebuilds the site and its search. Ctrl-C stops both.
`)
