import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** In the build cache while a build runs. */
const UNFINISHED_MARK = '.build-unfinished'

/**
 * Opens the build cache folder (`sitePaths(env).cache`, Astro's `cacheDir`: the content layer's
 * store, the search vocabulary's reusable parts, the republish snapshot) for one build and returns
 * what to call once the build has succeeded. A build that failed or died may have left any of them
 * half-written, so a cache whose last build did not finish is dropped, as is any cache when
 * `full`, and the next build starts from nothing.
 */
export function openBuildCache(cache: string, full: boolean): { finished: () => void } {
  const unfinished = join(cache, UNFINISHED_MARK)
  if (full || existsSync(unfinished)) rmSync(cache, { recursive: true, force: true })
  mkdirSync(cache, { recursive: true })
  writeFileSync(unfinished, '')
  return { finished: () => rmSync(unfinished, { force: true }) }
}
