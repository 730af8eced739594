/**
 * `pnpm bench:soak`: does any acknowledged save go missing under a team's load? For each database
 * (the SQLite default; PostgreSQL when one answers at BENCH_PG_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres), runs the main command on a throwaway database,
 * then for SOAK_SECONDS (default 120) has SOAK_EDITORS editors (default 20) save drafts, edit and
 * publish through REST while publishes rebuild the site and `pnpm content:export` runs over and
 * over in another process. Afterwards every script's stored line is compared with the newest
 * line the CMS acknowledged. Writes bench/soak.md. A benchmark, not a test.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'
import { REPO_ROOT } from '@kb/content/files'
import { startKnowledgeBase } from '../test/helpers/main-command.ts'
import { emptyCounts, findLost, runEditor, type Ledger, type SoakCounts } from './lib/soak-editors.ts'

const SECONDS = Number(process.env.SOAK_SECONDS ?? 120)
const EDITORS = Number(process.env.SOAK_EDITORS ?? 20)
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const run = promisify(execFile)

interface SoakResult {
  database: string
  counts: SoakCounts
  scripts: number
  lost: number
  exports: number
  rebuilds: number
}

async function json<T>(response: Promise<Response>): Promise<T> {
  const answer = await response
  if (!answer.ok) throw new Error(`${answer.url} answered ${answer.status}: ${await answer.text()}`)
  return (await answer.json()) as T
}

async function soak(database: string, env: Record<string, string>, dir: string): Promise<SoakResult> {
  const kb = await startKnowledgeBase({ ...env, KB_DATA_DIR: dir, KB_SITE_OUTPUT: join(dir, 'site') })
  try {
    const post = (path: string, body: unknown, token?: string) =>
      fetch(`${kb.cmsUrl}/api/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    const password = 'soak-password-123'
    const admin = await json<{ token: string }>(post('users/first-register', { email: 'admin@soak.test', password, 'confirm-password': password }))
    const situation = (await json<{ docs: { id: number }[] }>(fetch(`${kb.cmsUrl}/api/situations?limit=1`))).docs[0]!.id
    const editors = []
    for (let i = 0; i < EDITORS; i++) {
      const email = `editor${i}@soak.test`
      await json(post('users', { email, password, role: 'editor' }, admin.token))
      editors.push({ token: (await json<{ token: string }>(post('users/login', { email, password }))).token, situation })
    }
    const ledger: Ledger = new Map()
    const counts = emptyCounts()
    const deadline = Date.now() + SECONDS * 1000
    let exports = 0
    const exporter = (async () => {
      const out = join(dir, 'export')
      while (Date.now() < deadline) {
        await run('pnpm', ['-s', 'content:export', out], { cwd: REPO_ROOT, env: { ...process.env, ...env, KB_DATA_DIR: dir } })
        exports++
      }
    })()
    await Promise.all([...editors.map((editor, i) => runEditor(kb.cmsUrl, editor, `e${i}`, deadline, ledger, counts)), exporter])
    const lost = await findLost(kb.cmsUrl, admin.token, ledger)
    // Finished site builds, from the jobs queue's own record.
    const jobs = await json<{ totalDocs: number }>(
      fetch(`${kb.cmsUrl}/api/payload-jobs?limit=1&where[taskSlug][equals]=buildSite&where[completedAt][exists]=true`, {
        headers: { authorization: `JWT ${admin.token}` },
      }),
    )
    const rebuilds = jobs.totalDocs
    return { database, counts, scripts: ledger.size, lost: lost.length, exports, rebuilds }
  } finally {
    await kb.stop()
  }
}

async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  const name = `kb_soak_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: PG_URL })
  try {
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
  } catch {
    return undefined
  } finally {
    await admin.end().catch(() => undefined)
  }
  const url = new URL(PG_URL)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? 0

const results: SoakResult[] = []
const sqliteDir = mkdtempSync(join(tmpdir(), 'kb-soak-'))
try {
  results.push(await soak('SQLite (default file)', { DATABASE_URL: `file:${join(sqliteDir, 'kb.db')}` }, sqliteDir))
} finally {
  rmSync(sqliteDir, { recursive: true, force: true })
}
const postgres = await postgresDatabase()
if (postgres) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-soak-pg-'))
  try {
    results.push(await soak('PostgreSQL', { DATABASE_URL: postgres.url, PAYLOAD_SECRET: 'soak-benchmark-secret-0123456789' }, dir))
  } finally {
    await postgres.drop()
    rmSync(dir, { recursive: true, force: true })
  }
}

const rows = results.map(({ database, counts: c, scripts, lost, exports, rebuilds }) =>
  `| ${database} | ${c.attempted} | ${c.acknowledged} | ${c.refusedBusy} | ${c.refusedConflict} | ${c.failed} | ${scripts} | **${lost}** | ${exports} | ${rebuilds} | ${percentile(c.latenciesMs, 0.5).toFixed(0)} / ${percentile(c.latenciesMs, 0.95).toFixed(0)} |`,
)
const report = `# Soak: acknowledged saves against stored ones

\`pnpm bench:soak\`, ${new Date().toISOString().slice(0, 10)}: ${EDITORS} editors for ${SECONDS} s through REST (draft saves, edits, publishes
that rebuild the site), while \`pnpm content:export\` runs over and over in another process. Each editor works
on its own scripts, one save at a time; afterwards the newest acknowledged line of every script is compared with
the stored one (newest version, drafts included). **Lost** must be 0. 503s are saves refused honestly ("busy, try
again"), not losses. Machine: 2 cores, shared with the build and the exports.

| database | saves sent | acknowledged | 503 busy | 409/412 | other errors | scripts | lost | exports | site rebuilds | save ms p50 / p95 |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`
writeFileSync(join(REPO_ROOT, 'bench/soak.md'), report)
console.log(report)
if (results.some((result) => result.lost > 0)) process.exit(1)
