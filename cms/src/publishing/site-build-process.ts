/**
 * Forked by `warm-site-builder.ts`: a long-lived process that runs `astro build`s of the site one
 * at a time, on request over IPC. Astro and Vite are imported once, when the process starts, and
 * stay compiled in memory, instead of being loaded by a new process for every build; the site's
 * config and integrations are still read afresh by each build.
 *
 * Request `{ id, outDir, workDir, env, full, precompress }`: replaces this process's environment with `env`
 * (the site's config and loaders read it: CMS_URL, KB_BUILD_CACHE, SITE_URL, …), builds the site
 * at SITE_DIR into `outDir` from the working folder `workDir` (or, after a full build in this
 * process and unless `full`, republishes only the changed content: site/src/republish/), and
 * writes the output's compressed copies when asked (starting while Pagefind indexes), and
 * answers `{ id, ok: true, kind, compressMs, rss }` or `{ id, ok: false, error, rss }` (`error` with its stack
 * and Astro's hint; `rss` in bytes, so the parent can retire a process that has grown). The parent
 * makes a new working folder for each build (`newBuildWorkDir`) and removes it: Astro writes the
 * server chunks it prerenders with there, so a later build never imports an earlier build's
 * modules, whatever their hashed names.
 * Astro's output goes to stdout and stderr, which the parent keeps for the build's error report.
 * Exits when the parent disconnects, a build in progress with it.
 */
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { precompression, type Precompression } from './precompress.ts'
import { SITE_DIR } from './site-paths.ts'

/** One build asked of this process. */
export interface SiteBuildRequest {
  id: number
  outDir: string
  /** An empty folder this build runs from; the parent removes it. */
  workDir: string
  env: Record<string, string>
  /** A full `astro build` even where a content-only republish could run (benchmarks of full builds). */
  full: boolean
  /**
   * Brotli and gzip copies of the output's text files for the local static server (precompress.ts),
   * reusing those of `previous` (the live build) for unchanged files; absent for a target that
   * does not serve the build folder.
   */
  precompress?: { previous?: string }
}

/**
 * Its answer; `kind`: whether Astro built in full or the last build's renderer republished the
 * content; `compressMs`: how long precompression went on after the build (milliseconds).
 */
export type SiteBuildAnswer = { id: number; rss: number } & ({ ok: true; compressMs: number } & BuiltKind | { ok: false; error: string })

/**
 * A full build (with why it was not a content-only republish where one was possible, and whether
 * this process must be replaced: the site's code changed since it loaded it), or a content-only
 * republish with the milliseconds of each of its steps (site/src/republish/republish.ts).
 */
export type BuiltKind = { kind: 'full'; fallback?: string; retire?: boolean } | { kind: 'republish'; steps: Record<string, number> }

/** An integration this process adds to the site's own (Astro's `AstroIntegration`, the hook it uses). */
interface BuildHooks {
  name: string
  hooks: { 'astro:build:generated'?: () => void }
}

/** What this process uses of Astro's programmatic API (`import { build } from 'astro'`). */
interface AstroApi {
  build: (config: { root: string; outDir: string; logLevel?: 'info' | 'warn' | 'error'; integrations?: BuildHooks[] }) => Promise<void>
}

/** What this process uses of the site's republishing (site/src/republish/republish.ts). */
interface RepublishApi {
  buildOrRepublish: (outDir: string, env: NodeJS.ProcessEnv, fullBuild: () => Promise<void>, full?: boolean, rendered?: () => Promise<unknown> | void) => Promise<BuiltKind & { summary: string }>
}

// The site's own Astro, as `astro build` run there would use.
const astroEntry = createRequire(join(SITE_DIR, 'package.json')).resolve('astro')
const astro = (await import(pathToFileURL(astroEntry).href)) as AstroApi
const site = (await import(pathToFileURL(join(SITE_DIR, 'src/republish/republish.ts')).href)) as RepublishApi

/** Makes `env` this process's whole environment, as a child started with it would have. */
function useEnvironment(env: Record<string, string>): void {
  for (const name of Object.keys(process.env)) if (!(name in env)) delete process.env[name]
  Object.assign(process.env, env)
}

/** Runs `build` from `workDir`, then returns to the site folder. */
async function inWorkingFolder(workDir: string, build: () => Promise<void>): Promise<void> {
  process.chdir(workDir)
  try {
    await build()
  } finally {
    process.chdir(SITE_DIR)
  }
}

/** A build error for its report: the message, Astro's hint when it gives one, and where it was thrown. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error)
  const hint = (error as Error & { hint?: unknown }).hint
  const calls = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 8)
  return [error.message, typeof hint === 'string' ? `Hint: ${hint}` : '', ...calls].filter(Boolean).join('\n')
}

/**
 * Starts a precompression pass over what is in the output folder now: called as soon as the pages
 * are written (a full build's, by Astro's hook; a republish's, by its `rendered` call), so that it
 * runs while Pagefind indexes them in its own process. The build's last pass takes the rest, redoes
 * what changed since, and reports any failure. A pass takes every text file in the output folder:
 * Astro's own chunks never land there, as each build runs from a working folder of its own.
 */
const startPass = (compression: Precompression | undefined) => compression?.pass().catch(() => undefined)

let queue = Promise.resolve()
process.on('message', (request: SiteBuildRequest) => {
  queue = queue.then(async () => {
    let answer: SiteBuildAnswer
    const compression = request.precompress && precompression(request.outDir, request.precompress.previous)
    try {
      useEnvironment(request.env)
      // Warnings and errors only: Astro's info lines (one per page) cost a build of 1,000 entries a fifth of a second.
      const fullBuild = () => inWorkingFolder(request.workDir, () => astro.build({
        root: SITE_DIR, outDir: request.outDir, logLevel: 'warn',
        integrations: [{ name: 'kb:precompress-early', hooks: { 'astro:build:generated': () => void startPass(compression) } }],
      }))
      const { summary, ...built } = await site.buildOrRepublish(request.outDir, process.env, fullBuild, request.full, () => startPass(compression))
      console.log(summary)
      const compressing = performance.now()
      await compression?.pass()
      answer = { id: request.id, ok: true, ...built, compressMs: Math.round(performance.now() - compressing), rss: process.memoryUsage().rss }
    } catch (error) {
      // The parent removes a failed build's folder: nothing may still be writing into it.
      await compression?.settled()
      answer = { id: request.id, ok: false, error: describe(error), rss: process.memoryUsage().rss }
    }
    process.send?.(answer)
  })
})
process.on('disconnect', () => process.exit(0))
process.send?.({ ready: true })
