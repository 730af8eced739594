import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, readlinkSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { withBuildLock } from './build-lock.ts'
import { retentionMs, tidyOldBuilds } from './build-retention.ts'
import { librarySource } from './library-source.ts'
import { precompress } from './precompress.ts'

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

export interface SiteBuildResult {
  dir: string
  durationMs: number
}

/** What to build from: the environment (`CMS_URL`, …) and, in a process that has the CMS open, its Payload. */
export interface BuildSiteOptions {
  env?: NodeJS.ProcessEnv
  stamp?: string
  /** Serves the published library to the build from this process (`library-source.ts`); without it and `CMS_URL`, a child opens the CMS. */
  payload?: Payload
}

/**
 * Builds the site into a fresh folder from the published-library endpoint (read over HTTP, see
 * `librarySource`) and, only if the build succeeds, points `site/live` at it with an atomic rename,
 * so readers see the old site or the new one and never a mix. A failed build leaves the live site
 * untouched and throws with the end of the build's output. Builds it replaced are kept for
 * `KB_OLD_BUILD_MINUTES` (`tidyOldBuilds`).
 */
export function buildSite({ env = process.env, stamp, payload }: BuildSiteOptions = {}): Promise<SiteBuildResult> {
  return withBuildLock(SITE_DIR, () => buildUnlocked(env, stamp, payload))
}

async function buildUnlocked(env: NodeJS.ProcessEnv, stamp: string | undefined, payload: Payload | undefined): Promise<SiteBuildResult> {
  const started = Date.now()
  const paths = sitePaths(env)
  const keepOldMs = retentionMs(env) // a bad KB_OLD_BUILD_MINUTES fails the build before it starts
  mkdirSync(paths.builds, { recursive: true })
  const dir = join(paths.builds, `build-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  const source = await librarySource(env, payload)
  const output = await run('pnpm', ['exec', 'astro', 'build', '--outDir', dir], { cwd: SITE_DIR, env: { ...env, ...source.env, KB_LOG_LEVEL: 'error' } })
    .catch((error: Error) => {
      rmSync(dir, { recursive: true, force: true })
      throw error
    })
    .finally(source.close)
  if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, 'pagefind'))) {
    rmSync(dir, { recursive: true, force: true })
    throw new Error(`the site build finished without pages or search index:\n${tail(output)}`)
  }
  // Before the build counts as finished: the static server lists a build's files once.
  await precompress(dir, liveBuild(env))
  writeFileSync(join(dir, '.build.json'), JSON.stringify({ builtAt: new Date().toISOString(), stamp }))
  switchLive(paths.live, dir)
  // Older builds stay a few minutes for pages still open, minus what the new build unpublished.
  tidyOldBuilds({ builds: paths.builds, live: dir }, keepOldMs)
  return { dir, durationMs: Date.now() - started }
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

function switchLive(live: string, dir: string): void {
  const temporary = `${live}.next-${process.pid}`
  rmSync(temporary, { force: true })
  symlinkSync(relative(dirname(live), dir), temporary)
  renameSync(temporary, live) // rename(2) replaces the link in one step
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`the site build failed (exit ${code}):\n${tail(output)}`)),
    )
  })
}

const tail = (text: string) => text.trim().split('\n').slice(-25).join('\n')
