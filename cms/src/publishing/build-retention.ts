import { existsSync, readdirSync, rmSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { dropFragmentsOfRemovedPages } from './stale-fragments.ts'

/** The environment variable that sets how long a replaced build stays available, in minutes. */
const RETENTION_VARIABLE = 'KB_OLD_BUILD_MINUTES'
/**
 * Default minutes a replaced build stays available. An open search page checks which index is live
 * at least every 10 s while used and reloads it (`site/src/lib/search-load.ts`), so it only needs
 * the old build's lazily loaded files for a short while; pages load their hashed assets at once.
 */
const DEFAULT_RETENTION_MINUTES = 10
/** The most minutes accepted: a day. */
const MAX_RETENTION_MINUTES = 24 * 60

/**
 * How long a build stays available after a newer one replaced it, in milliseconds, from
 * `KB_OLD_BUILD_MINUTES` (a whole number of minutes, 0 to 1440; 0 serves the live build only).
 * Throws naming the variable when it is set to anything else.
 */
export function retentionMs(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env[RETENTION_VARIABLE]?.trim()
  if (!raw) return DEFAULT_RETENTION_MINUTES * 60_000
  const minutes = /^\d+$/.test(raw) ? Number(raw) : Number.NaN
  if (!(minutes <= MAX_RETENTION_MINUTES)) {
    throw new Error(`${RETENTION_VARIABLE}="${raw}" is not valid: expected a whole number of minutes from 0 to ${MAX_RETENTION_MINUTES}.`)
  }
  return minutes * 60_000
}

/** When a finished build went live: when its `.build.json` was written, just before the switch. */
function finishedAt(dir: string): number {
  try {
    return statSync(join(dir, '.build.json')).mtimeMs
  } catch {
    return Number.NaN
  }
}

/** Where a site's builds are: the folder of build folders, and the one `live` points at (if any). */
export interface SiteBuilds {
  builds: string
  live: string | undefined
}

/** Finished builds (with a `.build.json`; a build in progress has none yet), oldest first. */
function finishedBuilds(buildsDir: string): string[] {
  let names: string[] = []
  try {
    names = readdirSync(buildsDir)
  } catch {}
  return names
    .filter((name) => name.startsWith('build-'))
    .sort() // names carry the start time in ISO form, so this is time order
    .map((name) => join(buildsDir, name))
    .filter((dir) => existsSync(join(dir, '.build.json')))
}

/**
 * Finished builds other than the live one, newest first, each with whether it is still within the
 * retention window: a build is replaced when the next finished build went live (its finish time).
 */
function olderBuilds({ builds, live }: SiteBuilds, windowMs: number, now: number): { dir: string; kept: boolean }[] {
  const finished = finishedBuilds(builds)
  return finished
    .map((dir, index) => {
      const next = finished[index + 1]
      // The newest is not replaced yet; any other is kept until the window after its successor went live.
      return { dir, kept: !next || !(now - finishedAt(next) >= windowMs) }
    })
    .filter(({ dir }) => !live || resolve(dir) !== resolve(live))
    .reverse()
}

/**
 * What the site server may serve: the live build first, then the builds replaced less than
 * `windowMs` ago (see `retentionMs`), newest first: open pages may still fetch their search chunks
 * and hashed assets. Empty while there is no live build.
 */
export function keptBuilds(site: SiteBuilds, windowMs: number, now = Date.now()): string[] {
  if (!site.live) return []
  return [site.live, ...olderBuilds(site, windowMs, now).flatMap(({ dir, kept }) => (kept ? [dir] : []))]
}

/**
 * After a build went live (and from time to time): deletes the builds replaced more than
 * `windowMs` ago (never the live one, nor a build in progress), and drops from the builds still
 * kept the search fragments of pages the live build no longer has, so an unpublished entry's text
 * is not served from them. Safe to call at any time, from any process. Returns the folders deleted.
 */
export function tidyOldBuilds(site: SiteBuilds, windowMs: number, now = Date.now()): string[] {
  if (!site.live) return []
  const older = olderBuilds(site, windowMs, now)
  const expired = older.flatMap(({ dir, kept }) => (kept ? [] : [dir]))
  for (const dir of expired) rmSync(dir, { recursive: true, force: true })
  for (const { dir, kept } of older) if (kept) dropFragmentsOfRemovedPages(site.live, dir)
  return expired
}
