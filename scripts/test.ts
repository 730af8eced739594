/**
 * `pnpm test`: generated files are fresh, everything type-checks, then every vitest project runs
 * on the embedded SQLite; when TEST_DATABASE_URL names a PostgreSQL server, the integration
 * files where the adapter matters run again there, each file in a database of its own that it
 * creates and drops.
 *
 * The machine this runs on has two cores, and each vitest run keeps one test file at a time (Payload
 * boots and site builds are CPU heavy). So the steps run in two lanes at once, each its own
 * sequence, about equally long: the integration files (SQLite, then PostgreSQL) in one, everything
 * else in the other. Lines are prefixed with their lane; the run fails if any step fails, and
 * says which.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'

const root = new URL('..', import.meta.url).pathname
const vitest = ['exec', 'vitest', 'run', '--config', 'test/vitest.config.ts']
/**
 * The integration files whose behaviour depends on the database adapter (transactions, locks,
 * the jobs queue, bulk imports, uniqueness and draft queries, access where-clauses): they run
 * again on PostgreSQL. The rest (request shapes, limits, MCP, twins) is the same on both.
 */
const POSTGRES_FILES = [
  'concurrent-edits', 'failed-commit', 'rebuild-triggers', 'site-worker', 'library-import-export', 'every-save-checked',
  'reader-sees-published', 'access-locks-and-preferences', 'delete-guard', 'password-reset', 'sign-in-throttle',
  'feedback-endpoint', 'build-status', 'relation-where-leaks', 'sop-step-blocks-migration', 'search-events-endpoint', 'search-analytics', 'agent-vocabulary',
].map((name) => `test/int/${name}.test.ts`)
const { TEST_DATABASE_URL, ...withoutPostgres } = process.env

interface Step {
  title: string
  args: string[]
  env?: NodeJS.ProcessEnv
}

// Browser tests drive Debian's Chromium and never download one. CI installs it and must run them;
// elsewhere, without it, they are left out with a notice saying how to include them.
const CHROMIUM = '/usr/bin/chromium'
let others = ['unit', 'build', 'e2e', 'browser', 'smoke']
if (!existsSync(CHROMIUM)) {
  if (process.env.CI) {
    console.error(`${CHROMIUM} is missing, and CI must run the browser tests: install Debian's chromium.`)
    process.exit(1)
  }
  console.log(`\nNOTE: ${CHROMIUM} is missing, so the browser tests are left out (apt-get install chromium to run them).`)
  others = others.filter((name) => name !== 'browser')
}
const extra = process.argv.slice(2)
const projects = (names: string[]) => names.flatMap((name) => ['--project', name])

const lanes: Record<string, Step[]> = {
  'int': [
    { title: 'integration tests on SQLite', args: [...vitest, ...projects(['int']), ...extra], env: withoutPostgres },
    ...(TEST_DATABASE_URL
      ? [{ title: 'integration tests on PostgreSQL (where the adapter matters)', args: [...vitest, '--project', 'int', ...POSTGRES_FILES] }]
      : []),
  ],
  'rest': [
    { title: 'generated files are fresh', args: ['exec', 'node', 'scripts/check-generated.ts'] },
    { title: 'type-check', args: ['run', 'typecheck'] },
    { title: 'unit, build, end-to-end, browser and smoke tests on SQLite', args: [...vitest, ...projects(others), ...extra], env: withoutPostgres },
  ],
}
if (!TEST_DATABASE_URL) console.log('(TEST_DATABASE_URL is not set: the PostgreSQL run of the integration tests is skipped.)')

/** Runs one step, echoing its output line by line under the lane's name; resolves to its success. */
function run(lane: string, step: Step): Promise<boolean> {
  const prefix = `${lane.padEnd(4)} │ `
  console.log(`${prefix}▶ ${step.title}`)
  const child = spawn('pnpm', step.args, { cwd: root, env: step.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] })
  for (const stream of [child.stdout, child.stderr]) createInterface({ input: stream }).on('line', (line) => console.log(prefix + line))
  return new Promise((resolve) => child.on('close', (code) => resolve(code === 0)))
}

const failed: string[] = []
const started = Date.now()
await Promise.all(
  Object.entries(lanes).map(async ([lane, steps]) => {
    for (const step of steps) {
      const stepStart = Date.now()
      const ok = await run(lane, step)
      console.log(`${lane.padEnd(4)} │ ${ok ? '✓' : '✗'} ${step.title} (${Math.round((Date.now() - stepStart) / 1000)} s)`)
      if (!ok) failed.push(step.title)
    }
  }),
)
console.log(`\npnpm test took ${Math.round((Date.now() - started) / 1000)} s`)
if (failed.length > 0) {
  console.error(`Failed: ${failed.join('; ')}`)
  process.exit(1)
}
