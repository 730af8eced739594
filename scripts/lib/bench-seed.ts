import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Library } from '@kb/content'
import { AGENT_VOCABULARY_FILE, REPO_ROOT, writeLibrary } from '@kb/content/files'

/** How many entries a library holds, all parts together. */
export const librarySize = (library: Library) => Object.values(library).reduce((sum, list) => sum + list.length, 0)

/**
 * Seeds the SQLite database `dir/kb.db` through the real CLI (the library written as files, then
 * `content:import` with the shipped agent vocabulary), as a team would; returns the wall time in milliseconds.
 */
export function seedDatabase(dir: string, library: Library): number {
  const started = performance.now()
  const folder = join(dir, 'library')
  writeLibrary(folder, library)
  execFileSync('pnpm', ['-s', 'content:import', folder, '--vocabulary', AGENT_VOCABULARY_FILE], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: `file:${join(dir, 'kb.db')}`, KB_DATA_DIR: dir },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return performance.now() - started
}
