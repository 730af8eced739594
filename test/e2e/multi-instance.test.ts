/**
 * Issue 12, the multi-instance bar: the production layout on one machine. Two CMS instances and
 * one site worker share a PostgreSQL database; the worker deploys to an S3-compatible bucket
 * (s3rver on loopback), which the tests search the way readers do. Needs TEST_DATABASE_URL (a
 * PostgreSQL server the tests may create databases on); skipped otherwise.
 */
import { spawn, type ChildProcess, execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '@kb/content/files'
import { ensureCmsBuilt } from '../../scripts/lib/cms-build.ts'
import { startCms, type RunningCms } from '../helpers/cms-server.ts'
import { waitFor } from '../helpers/main-command.ts'
import { stopProcessGroup } from '../helpers/process-group.ts'
import { startS3Server, type RunningS3 } from '../helpers/s3-server.ts'
import { searchSite } from '../helpers/site-search.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.ts'

const POSTGRES = process.env.TEST_DATABASE_URL
if (!POSTGRES) console.warn('multi-instance e2e skipped: it needs PostgreSQL. Run it with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres')

let database: TestDatabase
let s3: RunningS3
let dataDir: string
let env: Record<string, string>
let cms: RunningCms[] = []
let worker: { child: ChildProcess; output: () => string } | undefined
let editorKey: string
let situationId: number

const json = { 'content-type': 'application/json' }
const asEditor = () => ({ ...json, authorization: `users API-Key ${editorKey}` })
/** The bucket as a CDN would serve it (path-style), which is the site's address too. */
const siteUrl = () => `${s3.endpoint}/${s3.bucket}`

interface JobRow {
  id: number
  processing?: boolean
  completedAt?: string | null
  hasError?: boolean | null
  log?: { executedAt: string; completedAt: string; state: string }[] | null
}
const jobs = async (instance = cms[0]!): Promise<JobRow[]> => {
  const response = await fetch(`${instance.url}/api/payload-jobs?limit=200&depth=0&sort=createdAt`, { headers: asEditor() })
  return ((await response.json()) as { docs: JobRow[] }).docs
}
/** Resolves once no site build is waiting or running (and at least one finished after `since`). */
const settled = (since: string) =>
  waitFor('every queued site build to finish', async () => {
    const rows = await jobs()
    const open = rows.filter((job) => !job.completedAt && !job.hasError)
    const finishedSince = rows.some((job) => job.completedAt && job.completedAt > since)
    return open.length === 0 && finishedSince ? rows : undefined
  }, 600_000)
const urlsFor = async (query: string) => (await searchSite(siteUrl(), query)).map((hit) => hit.url)

const script = (title: string, line: string, status: 'published' | 'draft') => ({
  title, line, situations: [situationId], stage: 'close', channels: ['chat'], tone: 'warm', why: 'Written by the multi-instance test.',
  review: { owner: 'QA', lastReviewed: '2026-11-01', reviewIntervalDays: 30 }, _status: status,
})
const publish = async (instance: RunningCms, title: string, line: string, status: 'published' | 'draft' = 'published') => {
  const response = await fetch(`${instance.url}/api/empathy-scripts${status === 'draft' ? '?draft=true' : ''}`, {
    method: 'POST', headers: asEditor(), body: JSON.stringify(script(title, line, status)),
  })
  expect(response.status, await response.clone().text()).toBe(201)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

function startWorker(): void {
  const child = spawn(process.execPath, [join(REPO_ROOT, 'scripts/worker.ts')], { cwd: REPO_ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  worker = { child, output: () => output }
}
const pnpm = (args: string[]) => execFileSync('pnpm', args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

beforeAll(async () => {
  if (!POSTGRES) return
  ensureCmsBuilt()
  database = await createTestDatabase()
  s3 = await startS3Server()
  dataDir = mkdtempSync(join(tmpdir(), 'kb-multi-'))
  env = {
    DATABASE_URL: database.url, PAYLOAD_SECRET: 'multi-instance-test-secret-0123456789', KB_DATA_DIR: dataDir,
    KB_SITE_OUTPUT: join(dataDir, 'site'), SITE_URL: siteUrl(), KB_LOG_LEVEL: 'info', ...s3.env,
  }
  // Release step: migrations run once, before any instance starts.
  pnpm(['-s', 'cms:migrate'])
  pnpm(['-s', 'content:import', FIXTURE_LIBRARY_DIR])
  cms = [await startCms(env), await startCms(env)]
  startWorker()
  const admin = await fetch(`${cms[0]!.url}/api/users/first-register`, {
    method: 'POST', headers: json, body: JSON.stringify({ email: 'admin@multi.test', password: 'multi-password-1', 'confirm-password': 'multi-password-1' }),
  }).then((r) => r.json() as Promise<{ token: string }>)
  editorKey = 'multi-editor-api-key-0001'
  // Created through the second instance: one secret, so the first accepts the key too.
  const created = await fetch(`${cms[1]!.url}/api/users`, {
    method: 'POST', headers: { ...json, authorization: `JWT ${admin.token}` },
    body: JSON.stringify({ email: 'editor@multi.test', password: 'multi-password-2', role: 'editor', enableAPIKey: true, apiKey: editorKey }),
  })
  expect(created.status).toBe(201)
  const situations = await fetch(`${cms[0]!.url}/api/situations?limit=1&where[slug][equals]=late-parcel`).then((r) => r.json() as Promise<{ docs: { id: number }[] }>)
  situationId = situations.docs[0]!.id
}, 1_200_000)

afterAll(async () => {
  if (worker) await stopProcessGroup(worker.child, 'SIGTERM')
  await Promise.all(cms.map((instance) => instance.stop()))
  await s3?.stop()
  await database?.drop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}, 120_000)

describe.skipIf(!POSTGRES)(`two CMS instances and one worker on PostgreSQL${POSTGRES ? '' : ' (skipped: set TEST_DATABASE_URL=postgres://… to run)'}`, () => {
  it('makes the import that seeded the database searchable too', async () => {
    await settled('')
    expect(await urlsFor('after the call')).toContain('/scripts/after-the-call/')
  })

  it('makes exactly the published set of a burst through both instances searchable, one build at a time', async () => {
    const since = new Date().toISOString()
    const words = ['Aardvark', 'Bilby', 'Cassowary', 'Dingo']
    const published = await Promise.all(words.map((word, index) => publish(cms[index % 2]!, `${word} assurance`, `The ${word.toLowerCase()} assurance holds, {customerName}.`)))
    const draft = await publish(cms[0]!, 'Gecko assurance', 'The gecko assurance is only a draft.', 'draft')
    const withdrawn = await publish(cms[1]!, 'Echidna assurance', 'The echidna assurance is withdrawn again.')
    const unpublish = await fetch(`${cms[0]!.url}/api/empathy-scripts/${withdrawn.id}`, { method: 'PATCH', headers: asEditor(), body: JSON.stringify({ _status: 'draft' }) })
    expect(unpublish.status).toBe(200)

    const rows = await settled(since)
    for (const [index, doc] of published.entries()) expect(await urlsFor(`${words[index]} assurance`), words[index]).toContain(`/scripts/${doc.slug}/`)
    expect(await urlsFor('gecko assurance')).not.toContain(`/scripts/${draft.slug}/`)
    expect(await urlsFor('echidna assurance')).not.toContain(`/scripts/${withdrawn.slug}/`)

    // Every attempt of every build, in the order they started: each ended before the next began.
    const runs = rows.flatMap((job) => job.log ?? []).sort((a, b) => a.executedAt.localeCompare(b.executedAt))
    expect(runs.length).toBeGreaterThan(1)
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.executedAt >= runs[i - 1]!.completedAt, JSON.stringify(runs.slice(i - 1, i + 1))).toBe(true)
  })

  it('finishes a publish whose build was killed midway once the worker is back', async () => {
    const doc = await publish(cms[1]!, 'Wombat assurance', 'The wombat assurance survives a crash.')
    await waitFor('the worker to start building', async () => ((await jobs()).some((job) => job.processing) ? true : undefined), 120_000)
    const since = new Date().toISOString()
    // kill -9 of the worker and the build it runs, as an OOM killer or a lost machine would.
    process.kill(-worker!.child.pid!, 'SIGKILL')
    await new Promise((resolve) => worker!.child.once('exit', resolve))
    expect(await urlsFor('wombat assurance')).not.toContain(`/scripts/${doc.slug}/`)
    startWorker()
    await settled(since)
    expect(await urlsFor('wombat assurance')).toContain(`/scripts/${doc.slug}/`)
  })

  it('rebuilds after a write made by content:import while the instances run', async () => {
    const library = mkdtempSync(join(tmpdir(), 'kb-multi-library-'))
    try {
      cpSync(FIXTURE_LIBRARY_DIR, library, { recursive: true })
      writeFileSync(
        join(library, 'scripts/numbat-note.yaml'),
        [
          'slug: numbat-note', 'title: Numbat note', 'line: A numbat note arrives by import.', 'situations:', '  - late-parcel', 'stage: close',
          'channels:', '  - chat', 'tone: warm', 'why: Imported while the CMS runs.', 'review:', '  owner: QA', '  lastReviewed: "2026-11-01"', '  reviewIntervalDays: 30', '',
        ].join('\n'),
      )
      const since = new Date().toISOString()
      expect(pnpm(['-s', 'content:import', library])).toMatch(/1 created/)
      await settled(since)
      expect(await urlsFor('numbat note')).toContain('/scripts/numbat-note/')
    } finally {
      rmSync(library, { recursive: true, force: true })
    }
  })
})
