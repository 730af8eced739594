import { readlinkSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The site package. */
export const SITE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../site')

/**
 * Where builds go and the `live` link the static server follows: `site/.builds/` and
 * `site/live`, or `$KB_SITE_OUTPUT/builds` and `$KB_SITE_OUTPUT/live` (tests use their own).
 */
export function sitePaths(env: NodeJS.ProcessEnv = process.env): { builds: string; live: string } {
  const output = env.KB_SITE_OUTPUT?.trim()
  return output
    ? { builds: join(resolve(output), 'builds'), live: join(resolve(output), 'live') }
    : { builds: join(SITE_DIR, '.builds'), live: join(SITE_DIR, 'live') }
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
