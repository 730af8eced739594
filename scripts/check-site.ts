/**
 * The site's part of `pnpm typecheck`: `astro check --noSync` over every `.astro` and `.ts` file
 * in site/. Astro answers a missing or unloadable `@astrojs/check` with an install prompt and exit
 * code 0, which would pass without checking anything; so this fails unless the check printed its
 * result. Exits with astro check's code otherwise.
 */
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from '@kb/content/files'

const check = spawnSync('pnpm', ['exec', 'astro', 'check', '--noSync'], { cwd: join(REPO_ROOT, 'site'), stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' })
const output = `${check.stdout}${check.stderr}`
process.stdout.write(output)
if (check.status === 0 && !/Result \(\d+ files?\)/.test(output)) {
  console.error('check-site: astro check did not check anything (is @astrojs/check installed and loadable? run pnpm install)')
  process.exit(1)
}
process.exit(check.status ?? 1)
