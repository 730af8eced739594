import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { SITE_DIR } from './site-paths.ts'

/** The `astro` command of the site's own Astro. */
const ASTRO_BIN = join(dirname(createRequire(join(SITE_DIR, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs')
/** Where each build gets its working folder (inside the site, so its chunks find the site's packages). */
const WORK_DIR = join(SITE_DIR, '.build-work')

/** A way to run one `astro build`: spawn `command` with `args` in `cwd`, then call `cleanUp`. */
export interface AstroBuildCommand {
  command: string
  args: string[]
  cwd: string
  /** Removes the working folder. */
  cleanUp: () => void
}

/**
 * `astro build --root site --outDir <outDir>` with Astro's own bin and this Node (`pnpm exec`
 * spends about a second starting itself), run from a working folder of its own. Astro writes the
 * server chunks it prerenders with to `<cwd>/.astro/` when the output folder lies outside the
 * working folder (`getOutDirWithinCwd`), so builds started from `site/` at the same time (two test
 * lanes, a worker and `pnpm build`) would overwrite each other's chunks and fail with
 * ERR_MODULE_NOT_FOUND.
 */
export function astroBuildCommand(outDir: string): AstroBuildCommand {
  mkdirSync(WORK_DIR, { recursive: true })
  const cwd = mkdtempSync(join(WORK_DIR, 'build-'))
  return {
    command: process.execPath,
    args: [ASTRO_BIN, 'build', '--root', SITE_DIR, '--outDir', outDir],
    cwd,
    cleanUp: () => rmSync(cwd, { recursive: true, force: true }),
  }
}
