/**
 * `pnpm --filter @kb/cms migrate:create <name>`: creates a migration for the adapter that
 * DATABASE_URL selects, then rewrites what Payload writes for bundlers (value-style type imports,
 * extension-less paths) into what Node's type stripping runs: `import type` and `.ts` paths.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const cmsDir = new URL('../cms/', import.meta.url).pathname
execFileSync('pnpm', ['exec', 'payload', 'migrate:create', ...process.argv.slice(2)], { cwd: cmsDir, stdio: 'inherit' })

const root = new URL('../cms/src/migrations/', import.meta.url).pathname
// One folder per adapter; files beside them (shared helpers of a migration) are not rewritten here.
for (const adapter of readdirSync(root, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
  const dir = join(root, adapter)
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const file = join(dir, name)
    const before = readFileSync(file, 'utf8')
    const after = before
      .replace(/import \{ MigrateUpArgs, MigrateDownArgs, sql \}/g, 'import { type MigrateUpArgs, type MigrateDownArgs, sql }')
      .replace(/from '(\.\/[^']+?)(?<!\.ts)'/g, "from '$1.ts'")
    if (after !== before) writeFileSync(file, after)
  }
}
