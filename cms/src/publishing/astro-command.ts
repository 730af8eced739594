import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { SITE_DIR } from './site-paths.ts'

/** A way to run one `astro build`: spawn `command` with `args` in `cwd`, then call `cleanUp`. */
export interface AstroBuildCommand {
  command: string
  args: string[]
  cwd: string
  /** Removes the working folder. */
  cleanUp: () => void
}

/**
 * `astro build --root <root> --outDir <outDir>` for the Astro project at `root` (the site by
 * default), with that project's own Astro bin and this Node (`pnpm exec` spends about a second
 * starting itself), run from a working folder of its own inside `root/.build-work/` (inside the
 * project, so the chunks Astro writes there find its packages). Astro writes the server chunks it
 * prerenders with to `<cwd>/.astro/` when the output folder lies outside the working folder
 * (`getOutDirWithinCwd`), so builds started from the project folder at the same time (two test
 * lanes, a worker and `pnpm build`) would overwrite each other's chunks and fail with
 * ERR_MODULE_NOT_FOUND.
 */
export function astroBuildCommand(outDir: string, root: string = SITE_DIR): AstroBuildCommand {
  const bin = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs')
  const workDir = join(root, '.build-work')
  mkdirSync(workDir, { recursive: true })
  const cwd = mkdtempSync(join(workDir, 'build-'))
  return {
    command: process.execPath,
    args: [bin, 'build', '--root', root, '--outDir', outDir],
    cwd,
    cleanUp: () => rmSync(cwd, { recursive: true, force: true }),
  }
}
