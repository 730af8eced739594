/**
 * Fails when a generated file no longer matches the CMS config: `payload-types.ts`, the admin
 * import map, or the committed migrations (a schema change without its migration, per adapter).
 * Stale generated files are rewritten in place, so the fix is to commit what this leaves.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const cms = new URL('../cms/', import.meta.url).pathname
const env = { ...process.env, PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'check-generated-secret' }
const run = (args: string[], extraEnv: Record<string, string> = {}) =>
  execFileSync('pnpm', ['exec', 'payload', ...args], { cwd: cms, env: { ...env, ...extraEnv }, stdio: 'pipe' })

const problems: string[] = []

for (const [file, command, fix] of [
  ['src/payload-types.ts', 'generate:types', 'pnpm cms:types'],
  ['src/app/(payload)/admin/importMap.js', 'generate:importmap', 'pnpm --filter @kb/cms generate:importmap'],
] as const) {
  const before = readFileSync(join(cms, file), 'utf8')
  run([command])
  if (readFileSync(join(cms, file), 'utf8') !== before) problems.push(`cms/${file} was stale; it has been regenerated (${fix}): commit it.`)
}

// migrate:create needs no connection; the URL only selects the adapter whose snapshot is compared.
for (const [adapter, url] of [['sqlite', 'file:/tmp/kb-check.db'], ['postgres', 'postgres://check@127.0.0.1:5432/check']] as const) {
  const dir = join(cms, 'src/migrations', adapter)
  const before = new Set(readdirSync(dir))
  run(['migrate:create', 'schema-check', '--skip-empty'], { DATABASE_URL: url })
  const added = readdirSync(dir).filter((name) => !before.has(name))
  if (added.length > 0) {
    for (const name of added) rmSync(join(dir, name))
    execFileSync('git', ['checkout', '--', join(dir, 'index.ts')], { cwd: cms, stdio: 'ignore' })
    problems.push(`the ${adapter} migrations do not match the collections: run "DATABASE_URL=${url} pnpm --filter @kb/cms migrate:create <name>" and commit the result.`)
  }
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`check-generated: ${problem}`)
  process.exit(1)
}
console.log('check-generated: types, import map and migrations match the CMS config.')
