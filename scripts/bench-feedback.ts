/**
 * `pnpm bench:feedback`: do the public endpoints the site posts to hold a steady 200 requests a
 * second on loopback for 30 seconds (issue 13, Bars)? Boots the CMS on a throwaway SQLite database
 * with one published entry, serves the real route handlers of `POST /api/feedback/submit` and
 * `POST /api/search-events/report` (production limits) with Node's HTTP server in a child process
 * (lib/bench-endpoints-server.ts), and from this process sends each
 * BENCH_RATE (default 200) posts a second for BENCH_SECONDS (default 30), open loop (a slow answer
 * never delays the next post; BENCH_ENDPOINTS=feedback or =search drives one), each from its own
 * client address as a contact centre's agents
 * would. Counts answers by status, errors (5xx, other 4xx, network failures), latency, and checks
 * the stored rows against the acknowledged posts. Writes bench/feedback.md. A benchmark, not a test.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '@kb/content/files'
import { quantile } from './lib/search-metrics.ts'

const RATE = Number(process.env.BENCH_RATE ?? 200)
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30)
const SITE = 'http://localhost:4321'
/** Which endpoints to drive, comma-separated: `feedback`, `search` (default both, one after the other). */
const ENDPOINTS = (process.env.BENCH_ENDPOINTS ?? 'feedback,search').split(',').map((name) => name.trim())

/** What the server child reports: rows stored so far and its CPU time in milliseconds. */
interface Counts {
  feedback: number
  searchEvents: number
  cpuMs: number
  /** The server's event-loop delay since the previous count, in milliseconds. */
  loopDelayMs: { p50: number; p99: number; max: number }
}

interface Outcome {
  endpoint: string
  sent: number
  statuses: Map<number, number>
  networkErrors: number
  ms: number[]
  seconds: number
  /** Seconds the posts took to send (RATE * SECONDS posts are due over SECONDS). */
  sendSeconds: number
  /** Server CPU time per post, milliseconds (what a free core would need). */
  cpuMsPerPost: number
  loopDelayMs: Counts['loopDelayMs']
  stored: number
  rowsPerPost: number
}

/** Posts `RATE` a second for `SECONDS` to `url`, each from client address number i, without waiting for answers. */
async function drive(endpoint: string, url: string, post: (i: number) => RequestInit): Promise<Omit<Outcome, 'stored' | 'rowsPerPost' | 'cpuMsPerPost' | 'loopDelayMs'>> {
  const total = RATE * SECONDS
  const statuses = new Map<number, number>()
  const ms: number[] = []
  let networkErrors = 0
  const pending: Promise<void>[] = []
  const failures = new Map<string, number>()
  const started = performance.now()
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const sentAt = performance.now()
    pending.push(
      fetch(url, post(i)).then(
        async (response) => {
          await response.arrayBuffer()
          ms.push(performance.now() - sentAt)
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        },
        (error: unknown) => {
          networkErrors++
          const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error)
          failures.set(cause, (failures.get(cause) ?? 0) + 1)
        },
      ),
    )
  }
  const sendSeconds = (performance.now() - started) / 1000
  await Promise.all(pending)
  for (const [cause, count] of failures) console.log(`  ${count} × ${cause}`)
  return { endpoint, sent: total, statuses, networkErrors, ms, sendSeconds, seconds: (performance.now() - started) / 1000 }
}

/** A client address per post: 10.x.y.z, distinct for the first 16 million. */
const client = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`

/** The next message the server child sends. */
const reply = <T>(child: ChildProcess) =>
  new Promise<T>((resolve, reject) => {
    child.once('message', (message) => resolve(message as T))
    child.once('exit', (code) => reject(new Error(`the endpoint server exited (${code})`)))
  })

const dir = mkdtempSync(join(tmpdir(), 'kb-bench-feedback-'))
let server: ChildProcess | undefined
try {
  const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'kb.db')}`, KB_DATA_DIR: dir, SITE_URL: SITE, KB_LOG_LEVEL: 'error' }
  server = fork(new URL('./lib/bench-endpoints-server.ts', import.meta.url), [], { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
  const { url } = await reply<{ url: string }>(server)
  const counts = async () => {
    const answer = reply<Counts>(server!)
    server!.send('count')
    return answer
  }
  const feedbackBody = new URLSearchParams({ entryType: 'situation', slug: 'late-parcel', verdict: 'outdated', comment: 'The courier changed last week.' }).toString()
  const events = JSON.stringify({
    events: [
      { query: 'parcel late', results: 4, top: { entryType: 'situation', slug: 'late-parcel' }, opened: { rank: 1, entryType: 'situation', slug: 'late-parcel' } },
      { query: 'refund order 1234567', results: 0, fallback: 'browse' },
      { query: 'courier lost it', results: 2, top: { entryType: 'situation', slug: 'late-parcel' } },
    ],
  })
  const runs = [
    { name: 'feedback', endpoint: 'POST /api/feedback/submit', path: '/api/feedback/submit', type: 'application/x-www-form-urlencoded', body: feedbackBody, rowsPerPost: 1, rows: (c: Counts) => c.feedback },
    { name: 'search', endpoint: 'POST /api/search-events/report', path: '/api/search-events/report', type: 'text/plain;charset=UTF-8', body: events, rowsPerPost: 3, rows: (c: Counts) => c.searchEvents },
  ].filter((run) => ENDPOINTS.includes(run.name))
  const outcomes: Outcome[] = []
  for (const run of runs) {
    const before = await counts()
    console.log(`${run.endpoint} at ${RATE}/s for ${SECONDS} s…`)
    const driven = await drive(run.endpoint, `${url}${run.path}`, (i) => ({
      method: 'POST',
      body: run.body,
      headers: { 'content-type': run.type, accept: 'application/json', origin: SITE, 'x-forwarded-for': client(i) },
    }))
    const after = await counts()
    outcomes.push({ ...driven, stored: run.rows(after) - run.rows(before), rowsPerPost: run.rowsPerPost, cpuMsPerPost: (after.cpuMs - before.cpuMs) / driven.sent, loopDelayMs: after.loopDelayMs })
  }

  const count = (outcome: Outcome, test: (status: number) => boolean) => [...outcome.statuses].filter(([status]) => test(status)).reduce((sum, [, n]) => sum + n, 0)
  const row = (outcome: Outcome) => {
    const ok = count(outcome, (status) => status >= 200 && status < 300)
    const limited = count(outcome, (status) => status === 429)
    const errors = count(outcome, (status) => status >= 500 || (status >= 400 && status !== 429)) + outcome.networkErrors
    const ms = (q: number) => Math.round(quantile(outcome.ms, q))
    const consistent = outcome.stored === ok * outcome.rowsPerPost ? 'yes' : `no (${outcome.stored} rows)`
    return `| ${outcome.endpoint} | ${outcome.sent} in ${outcome.sendSeconds.toFixed(1)} s (${Math.round(outcome.sent / outcome.sendSeconds)}/s), last answer at ${outcome.seconds.toFixed(1)} s | ${ok} | ${limited} | ${errors} | ${ms(0.5)} / ${ms(0.95)} / ${ms(0.99)} / ${Math.round(Math.max(...outcome.ms))} | ${outcome.cpuMsPerPost.toFixed(1)} | ${Math.round(outcome.loopDelayMs.p50)} / ${Math.round(outcome.loopDelayMs.p99)} / ${Math.round(outcome.loopDelayMs.max)} | ${consistent} |`
  }
  const report = [
    '# Public endpoints under load',
    '',
    `\`pnpm bench:feedback\` (scripts/bench-feedback.ts), ${new Date().toISOString().slice(0, 10)}: ${RATE} posts a second for ${SECONDS} s to each`,
    'endpoint, open loop, every post from its own client address, over HTTP on loopback to the real route',
    'handlers (in a process of their own) on SQLite (the default database) with production limits. Feedback: a form post with a comment.',
    'Search events: a beacon of three searches (two naming the published entry). On',
    `${cpus().length} cores (load average ${loadavg()[0]!.toFixed(1)} at the end, shared with other work).`,
    '',
    '| endpoint | sent | accepted (2xx) | refused 429 | errors (5xx, other 4xx, network) | ms p50 / p95 / p99 / max | server CPU ms per post | server event-loop delay ms p50 / p99 / max | rows = accepted |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...outcomes.map(row),
    '',
    '429 is the endpoints\' designed answer, not an error: feedback takes a burst of 200 and then 50 posts',
    'a second from everyone together (src/feedback/handlers.ts); search events 400, then 200 a second',
    '(src/search-analytics/handlers.ts); either refuses a post that arrives while 16 are being stored',
    '(`Retry-After: 5`) rather than queueing it behind the database. Feedback posts arriving together are',
    'stored in one transaction, each answered once it is committed (src/feedback/group-commit.ts); search',
    'events are answered 202 once checked and queued, and stored many per transaction and statement',
    '(src/search-analytics/event-writer.ts). "rows =',
    'accepted" checks that every accepted post, and nothing else, was stored. "server CPU ms per post" is',
    'the endpoint process\'s CPU time over the run divided by the posts sent: what one free core needs.',
    'The event-loop delay is how long the server was held up at a time (the SQLite driver runs statements,',
    'COMMIT and its fsync included, synchronously): while it is held up, new connections wait to be accepted.',
    '',
  ].join('\n')
  writeFileSync(join(REPO_ROOT, 'bench', 'feedback.md'), report)
  console.log(report)
} finally {
  server?.disconnect()
  await new Promise((resolve) => (server && server.exitCode === null ? server.once('exit', resolve) : resolve(undefined)))
  rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
