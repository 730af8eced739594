import { readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs'
import { dirname, relative } from 'node:path'
import { retentionMs, tidyOldBuilds } from './build-retention.ts'
import type { DeployTarget } from './deploy-target.ts'
import { sitePaths } from './site-paths.ts'

/**
 * The local folder: points `site/live` (or `$KB_SITE_OUTPUT/live`) at the build with an atomic
 * rename, so readers see the old site or the new one and never a mix, then tidies the builds it
 * replaced: kept for `KB_OLD_BUILD_MINUTES` for pages still open, minus the search fragments of
 * pages the new build no longer has (`build-retention.ts`). Builds must be made inside
 * `sitePaths(env).builds`. Throws at once on a bad `KB_OLD_BUILD_MINUTES`.
 */
export function localTarget(env: NodeJS.ProcessEnv = process.env): DeployTarget {
  const paths = sitePaths(env)
  const keepOldMs = retentionMs(env)
  return {
    description: `the local folder ${paths.live}`,
    keepsBuildFolder: true,
    deploy: async ({ dir }) => {
      switchLive(paths.live, dir)
      // Older builds stay a few minutes for pages still open, minus what the new build unpublished.
      const deleted = tidyOldBuilds({ builds: paths.builds, live: dir }, keepOldMs).length
      // The build folder is the site: every file in it went live, and whole old folders went.
      const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length
      return { uploaded: files, unchanged: 0, deleted }
    },
  }
}

function switchLive(live: string, dir: string): void {
  const temporary = `${live}.next-${process.pid}`
  rmSync(temporary, { force: true })
  symlinkSync(relative(dirname(live), dir), temporary)
  renameSync(temporary, live) // rename(2) replaces the link in one step
}
