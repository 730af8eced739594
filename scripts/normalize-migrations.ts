/**
 * Payload writes migrations for bundlers: value-style type imports and extension-less paths.
 * Node runs our TypeScript directly (type stripping), which needs `import type` and `.ts`
 * paths, so `pnpm --filter @kb/cms migrate:create` passes every migration folder through this.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('../cms/src/migrations/', import.meta.url).pathname
for (const adapter of readdirSync(root)) {
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
