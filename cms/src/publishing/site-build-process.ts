/**
 * Forked by `warm-site-builder.ts`: a long-lived process that runs `astro build`s of the site one
 * at a time, on request over IPC. Astro, Vite and the site's integrations are loaded once, when
 * the process starts, instead of once per build: that start is about a third of a small build
 * (bench/publish.md).
 *
 * Request `{ id, outDir, env }`: replaces this process's environment with `env` (the site's config
 * and loaders read it: CMS_URL, KB_BUILD_CACHE, SITE_URL, …), builds the site at SITE_DIR into
 * `outDir`, and answers `{ id, ok: true, rss }` or `{ id, ok: false, error, rss }` (`rss` in bytes,
 * so the parent can retire a process that has grown). Each build runs in a working folder of its
 * own inside `site/.build-work/`, as `astroBuildCommand` does, where Astro writes the server chunks
 * it prerenders with: a later build never imports an earlier build's modules (Node keeps every
 * module it imported by URL), whatever the chunks' hashed names.
 * Astro's output goes to stdout and stderr, which the parent keeps for the build's error report.
 * Exits when the parent disconnects, a build in progress with it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SITE_DIR } from './site-paths.ts'

/** One build asked of this process. */
export interface SiteBuildRequest {
  id: number
  outDir: string
  env: Record<string, string>
}

/** Its answer. */
export type SiteBuildAnswer = { id: number; rss: number } & ({ ok: true } | { ok: false; error: string })

/** What this process uses of Astro's programmatic API (`import { build } from 'astro'`). */
interface AstroApi {
  build: (config: { root: string; outDir: string; logLevel?: 'info' | 'warn' | 'error' }) => Promise<void>
}

// The site's own Astro, as `astro build` run there would use.
const astroEntry = createRequire(join(SITE_DIR, 'package.json')).resolve('astro')
const astro = (await import(pathToFileURL(astroEntry).href)) as AstroApi

/** Makes `env` this process's whole environment, as a child started with it would have. */
function useEnvironment(env: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name]
  Object.assign(process.env, env)
}

const WORK_DIR = join(SITE_DIR, '.build-work')

/** Runs `build` from a fresh working folder, removed afterwards. */
async function inOwnWorkingFolder(build: () => Promise<void>): Promise<void> {
  mkdirSync(WORK_DIR, { recursive: true })
  const cwd = mkdtempSync(join(WORK_DIR, 'build-'))
  process.chdir(cwd)
  try {
    await build()
  } finally {
    process.chdir(WORK_DIR)
    rmSync(cwd, { recursive: true, force: true })
  }
}

let queue = Promise.resolve()
process.on('message', (request: SiteBuildRequest) => {
  queue = queue.then(async () => {
    let answer: SiteBuildAnswer
    try {
      useEnvironment(request.env)
      await inOwnWorkingFolder(() => astro.build({ root: SITE_DIR, outDir: request.outDir, logLevel: 'info' }))
      answer = { id: request.id, ok: true, rss: process.memoryUsage().rss }
    } catch (error) {
      const message = error instanceof Error ? `${error.message}${error.stack ? `\n${error.stack}` : ''}` : String(error)
      console.error(message)
      answer = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error), rss: process.memoryUsage().rss }
    }
    process.send?.(answer)
  })
})
process.on('disconnect', () => process.exit(0))
process.send?.({ ready: true })
