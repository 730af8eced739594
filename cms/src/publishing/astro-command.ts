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
 * A new, empty working folder for one `astro build` of the project at `root`, inside
 * `root/.build-work/` (inside the project, so the chunks Astro writes there find its packages),
 * and what removes it. Astro writes the server chunks it prerenders with to `<cwd>/.astro/` when
 * the output folder lies outside the working folder (`getOutDirWithinCwd`), so builds started from
 * one folder at the same time (two test lanes, the worker's build process and `pnpm build`) would
 * overwrite each other's chunks and fail with ERR_MODULE_NOT_FOUND; and a long-lived build process
 * would import an earlier build's chunks again (Node keeps every module it imported by URL).
 */
export function newBuildWorkDir(root: string = SITE_DIR): { cwd: string; cleanUp: () => void } {
  const workDir = join(root, '.build-work')
  mkdirSync(workDir, { recursive: true })
  const cwd = mkdtempSync(join(workDir, 'build-'))
  return { cwd, cleanUp: () => rmSync(cwd, { recursive: true, force: true }) }
}

/**
 * `astro build --root <root> --outDir <outDir>` for the Astro project at `root` (the site by
 * default), with that project's own Astro bin and this Node (`pnpm exec` spends about a second
 * starting itself), run from a working folder of its own (`newBuildWorkDir`). Tests and the peer
 * benchmark build this way; publishing uses the long-lived build process (warm-site-builder.ts).
 */
export function astroBuildCommand(outDir: string, root: string = SITE_DIR): AstroBuildCommand {
  const bin = join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs')
  return { command: process.execPath, args: [bin, 'build', '--root', root, '--outDir', outDir], ...newBuildWorkDir(root) }
}
