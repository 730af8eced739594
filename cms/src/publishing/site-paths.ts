import { readlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site package. */
export const SITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../site')

/**
 * Where builds go, the `live` link the static server follows and the cache a build leaves for the
 * next (Astro's, for re-rendering only changed pages): `site/.builds/`, `site/live` and
 * `site/.build-cache/`, or `builds`, `live` and `cache` in `$KB_SITE_OUTPUT` (tests use their own).
 */
export function sitePaths(env: NodeJS.ProcessEnv = process.env): { builds: string; live: string; cache: string } {
  const output = env.KB_SITE_OUTPUT?.trim()
  return output
    ? { builds: join(resolve(output), 'builds'), live: join(resolve(output), 'live'), cache: join(resolve(output), 'cache') }
    : { builds: join(SITE_DIR, '.builds'), live: join(SITE_DIR, 'live'), cache: join(SITE_DIR, '.build-cache') }
}

/** The folder `site/live` points at, if any. */
export function liveBuild(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const { live } = sitePaths(env)
  try {
    return resolve(dirname(live), readlinkSync(live))
  } catch {
    return undefined
  }
}
