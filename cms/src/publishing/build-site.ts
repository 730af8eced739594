import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Payload } from 'payload'
import { openBuildCache } from './build-cache.ts'
import { withBuildLock } from './build-lock.ts'
import { deployTarget, type DeployReport, type DeployTarget } from './deploy-target.ts'
import { librarySource } from './library-source.ts'
import { liveBuild, SITE_DIR, sitePaths } from './site-paths.ts'
import { warmAstroBuild } from './warm-site-builder.ts'


export interface SiteBuildResult {
  /** The build folder (removed again when the target does not serve from it). */
  dir: string
  /** Where it went live, e.g. `s3://bucket/` (`DeployTarget.description`). */
  deployedTo: string
  deploy: DeployReport
  durationMs: number
  /** Where the time went, in milliseconds (bench/publish.md). */
  phases: BuildPhases
  /** `full`: Astro built the whole site; `republish`: only changed content was rendered (site/src/republish/). */
  kind: 'full' | 'republish'
  /** Why a full build ran where a content-only republish could have (a failed republish, a code change). */
  fallback?: string
}

/** The steps of a build, each in milliseconds. */
export interface BuildPhases {
  /** Opening the published library for the build (a loopback server, or a child process that opens the CMS). */
  library: number
  /** `astro build` or a content-only republish: reading the library, rendering changed pages, the twins and the Pagefind index (less `compress`). */
  astro: number
  /**
   * Brotli and gzip copies for the local static server (none for object storage): the part after
   * the build, as a full build's pages are compressed while Pagefind indexes them.
   */
  compress: number
  /** Switching the live folder, or uploading to object storage. */
  deploy: number
  /** When the build was a content-only republish (site/src/republish/), its own steps in milliseconds (part of `astro`). */
  republish?: Record<string, number>
}

/** What to build from: the environment (`CMS_URL`, …) and, in a process that has the CMS open, its Payload. */
export interface BuildSiteOptions {
  env?: NodeJS.ProcessEnv
  stamp?: string
  /** Serves the published library to the build from this process (`library-source.ts`); without it and `CMS_URL`, a child opens the CMS. */
  payload?: Payload
  /** A full `astro build` from an empty build cache, where a content-only republish could run (benchmarks of full builds). */
  full?: boolean
}

/**
 * Builds the site into a fresh folder from the published-library endpoint (read over HTTP, see
 * `librarySource`) and, only if the build succeeds, deploys it to the target `KB_DEPLOY_TARGET`
 * names (`deploy-target.ts`): by default `site/live` is switched to it in one step, so readers see
 * the old site or the new one and never a mix, and the builds it replaced are kept for
 * `KB_OLD_BUILD_MINUTES`. A failed build or deploy leaves the live site as it was and throws with
 * the reason (the end of the build's output). Throws at once on a misconfigured target.
 * `astro build` runs in a long-lived build process (`warm-site-builder.ts`), so a process that
 * builds often (the site worker) loads Astro once, and after its first full build republishes only
 * the content that changed (site/src/republish/); builds share a cache folder (`sitePaths(env).cache`,
 * site/astro.config.ts). The compressed copies are written in that process too, starting while
 * Pagefind indexes (`precompress.ts`).
 */
export function buildSite({ env = process.env, stamp, payload, full = false }: BuildSiteOptions = {}): Promise<SiteBuildResult> {
  const target = deployTarget(env)
  return withBuildLock(SITE_DIR, () => buildUnlocked(env, stamp, payload, target, full))
}

async function buildUnlocked(env: NodeJS.ProcessEnv, stamp: string | undefined, payload: Payload | undefined, target: DeployTarget, full: boolean): Promise<SiteBuildResult> {
  const started = Date.now()
  let lap = started
  /** Milliseconds since the last call (or the start). */
  const took = () => {
    const now = Date.now()
    const ms = now - lap
    lap = now
    return ms
  }
  const paths = sitePaths(env)
  const cache = openBuildCache(paths.cache, full)
  mkdirSync(paths.builds, { recursive: true })
  const dir = join(paths.builds, `build-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  const source = await librarySource(env, payload)
  const library = took()
  // Compressed copies for the local static server, before the build counts as finished (it lists a
  // build's files once); a CDN in front of object storage compresses by itself.
  const precompress = target.keepsBuildFolder ? { previous: liveBuild(env) } : undefined
  const built = await warmAstroBuild(dir, { ...env, ...source.env, KB_BUILD_CACHE: paths.cache, KB_LOG_LEVEL: 'error' }, { full, ...(precompress ? { precompress } : {}) })
    .catch((error: Error) => {
      rmSync(dir, { recursive: true, force: true })
      throw error
    })
    .finally(() => source.close())
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'pagefind'))) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`the site build finished without pages or search index:\n${tail(built.output)}`)
  }
  cache.finished()
  const compress = built.compressMs
  const rendered = took() - compress
  const builtAt = new Date().toISOString()
  writeFileSync(join(dir, '.build.json'), JSON.stringify({ builtAt, stamp }))
  try {
    const deploy = await target.deploy({ dir, builtAt, ...(stamp ? { stamp } : {}) })
    const phases: BuildPhases = { library, astro: rendered, compress, deploy: took(), ...(built.kind === 'republish' ? { republish: built.steps } : {}) }
    const fallback = built.kind === 'full' && built.fallback ? { fallback: built.fallback } : {}
    return { dir, deployedTo: target.description, deploy, durationMs: Date.now() - started, phases, kind: built.kind, ...fallback }
  } finally {
    if (!target.keepsBuildFolder) rmSync(dir, { recursive: true, force: true })
  }
}

const tail = (text: string) => text.trim().split('\n').slice(-25).join('\n')
