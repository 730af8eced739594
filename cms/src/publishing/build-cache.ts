import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** In the build cache while a build runs. */
const UNFINISHED_MARK = '.build-unfinished'

/**
 * Opens the build cache folder (`sitePaths(env).cache`, Astro's `cacheDir`) for one build and
 * returns what to call once the build has succeeded. Astro stores each page it renders in the
 * cache as it goes but describes them (their keys) only at the end, so after a build that failed
 * or died a page stored for content never published could be copied for the older content its key
 * still names: a cache whose last build did not finish is dropped, as is any cache when `full`,
 * and the next build renders everything.
 */
export function openBuildCache(cache: string, full: boolean): { finished: () => void } {
  const unfinished = join(cache, UNFINISHED_MARK)
  if (full || existsSync(unfinished)) rmSync(cache, { recursive: true, force: true })
  mkdirSync(cache, { recursive: true })
  writeFileSync(unfinished, '')
  return { finished: () => rmSync(unfinished, { force: true }) }
}
