/**
 * `pnpm test`: generated files are fresh, everything type-checks, then every vitest project runs
 * on the embedded SQLite; when TEST_DATABASE_URL names a PostgreSQL server, the integration
 * files where the adapter matters run again there, each file in a database of its own that it creates and drops.
 */
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const root = new URL('..', import.meta.url).pathname
const step = (title: string, args: string[], env: NodeJS.ProcessEnv = process.env) => {
  console.log(`\n▶ ${title}`)
  execFileSync('pnpm', args, { cwd: root, env, stdio: 'inherit' })
}
const vitest = ['exec', 'vitest', 'run', '--config', 'test/vitest.config.ts']
/**
 * The integration files whose behaviour depends on the database adapter (transactions, locks,
 * the jobs queue, bulk imports, uniqueness and draft queries, access where-clauses): they run
 * again on PostgreSQL. The rest (request shapes, limits, MCP, twins) is the same on both.
 */
const POSTGRES_FILES = [
  'concurrent-edits', 'failed-commit', 'rebuild-triggers', 'site-worker', 'library-import-export', 'every-save-checked',
  'reader-sees-published', 'access-locks-and-preferences', 'delete-guard', 'password-reset', 'sign-in-throttle',
  'feedback-endpoint', 'build-status',
].map((name) => `test/int/${name}.test.ts`)
const { TEST_DATABASE_URL, ...withoutPostgres } = process.env

// Browser tests drive Debian's Chromium and never download one. CI installs it and must run them;
// elsewhere, without it, they are left out with a notice saying how to include them.
const CHROMIUM = '/usr/bin/chromium'
let projects: string[] = []
if (!existsSync(CHROMIUM)) {
  if (process.env.CI) {
    console.error(`${CHROMIUM} is missing, and CI must run the browser tests: install Debian's chromium.`)
    process.exit(1)
  }
  console.log(`\nNOTE: ${CHROMIUM} is missing, so the browser tests are left out (apt-get install chromium to run them).`)
  projects = ['unit', 'int', 'build', 'e2e', 'smoke'].flatMap((name) => ['--project', name])
}

try {
  step('generated files are fresh', ['exec', 'node', 'scripts/check-generated.ts'])
  step('type-check', ['run', 'typecheck'])
  step('tests on SQLite', [...vitest, ...projects, ...process.argv.slice(2)], withoutPostgres)
  if (TEST_DATABASE_URL) step('integration tests on PostgreSQL (where the adapter matters)', [...vitest, '--project', 'int', ...POSTGRES_FILES], process.env)
  else console.log('\n(TEST_DATABASE_URL is not set: the PostgreSQL run of the integration tests was skipped.)')
} catch {
  process.exit(1)
}
