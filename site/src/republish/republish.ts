import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PathWithRoute } from 'astro'
import { indexBuiltSite } from '../integrations/pagefind.ts'
import { keepRealWordsIncrementally } from '../integrations/real-words.ts'
import { librarySourceFromEnv, loadPublishedLibrary } from '../loaders/published-library.ts'
import { forgetKeptRenderer, KEEP_RENDERER_ENV, keptRenderer, type KeptRenderer } from './kept-renderer.ts'
import { linkTree, newestChange, snapshotTree, updateSnapshot } from './output-tree.ts'
import { setRenderedLibrary } from './rendered-library.ts'

/**
 * Content-only republishing (issue 12.8): a publish changes content, not templates, so after one
 * full `astro build` in a long-lived process the next builds need not run Vite again. The last full
 * build's prerenderer stays loaded (kept-renderer.ts); a republish reads the published library,
 * asks that prerenderer for the paths again and renders only those whose cache key changed (an
 * entry's page, the pages listing it, its Markdown twin: src/lib/entry-pages.ts) or that have none
 * (the home and index pages, kb.json, llms.txt), links every other file from the previous build's
 * output, and indexes the whole result with Pagefind as a full build does. The output is the one a
 * full build of the same library writes (a test compares them).
 *
 * A full build runs instead when the site's code, lockfile or settings changed since the kept one,
 * when nothing is kept (the first build of a process, `full`), or when a republish fails for any
 * reason (the failure is reported in the build's output, and the full build then reports the real
 * error, if there is one).
 */

/** What the last build in this process left for the next republish. */
interface Base {
  /** The site's code and lockfile when it was built (`codeVersion`). */
  code: number
  /** The settings it was built with (`settingsOf`). */
  settings: string
  /** A linked copy of its output but the search index (output-tree.ts), kept up to date by each republish. */
  snapshot: string
}

let base: Base | undefined
// Each republish works out the search vocabulary's real-word list again: incrementally, here.
keepRealWordsIncrementally()

const SITE_DIR = fileURLToPath(new URL('../../', import.meta.url))
/** What shapes the built site besides content: the site's code and assets, the shared schemas, the lockfile. */
const CODE_PATHS = ['src', 'public', 'astro.config.ts', 'package.json', '../content/src', '../content/package.json', '../pnpm-lock.yaml'].map((path) =>
  join(SITE_DIR, path),
)

/** The newest change to the site's code, assets, shared schemas or lockfile (ms since the epoch). */
async function codeVersion(): Promise<number> {
  return Math.max(...(await Promise.all(CODE_PATHS.map(newestChange))))
}

/** The environment that shapes the output: all of it but where the library is read (a new loopback address and key each build). */
function settingsOf(env: NodeJS.ProcessEnv): string {
  const { CMS_URL: _url, CMS_API_KEY: _key, ...rest } = env
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)))
}

/** How a build went: a republish says how many files it rendered and linked, and where its time went. */
export type BuildReport = { summary: string } & ({ kind: 'full' } | { kind: 'republish'; steps: RepublishSteps })

/**
 * Builds the site into `outDir` with `env` (this process's environment, already set): a
 * content-only republish when the last build in this process allows one, else `fullBuild()` (Astro's
 * `build()`, keeping its renderer). `full` forces the full build. Either way, what the next
 * republish starts from is kept, in `<KB_BUILD_CACHE>/republish-base` (no republish without a
 * build cache). Throws what the full build throws.
 */
export async function buildOrRepublish(outDir: string, env: NodeJS.ProcessEnv, fullBuild: () => Promise<void>, full = false): Promise<BuildReport> {
  const cacheDir = env.KB_BUILD_CACHE?.trim()
  const [code, settings] = [await codeVersion(), settingsOf(env)]
  const kept = keptRenderer()
  let note = ''
  if (!full && cacheDir && kept && base && base.code === code && base.settings === settings && existsSync(base.snapshot)) {
    try {
      const { summary, steps, written, removed } = await republish(kept, base.snapshot, outDir, env, cacheDir)
      const lap = stopwatch()
      await updateSnapshot(base.snapshot, outDir, written, removed)
      return { kind: 'republish', summary, steps: { ...steps, snapshot: lap() } }
    } catch (error) {
      note = `content-only republish failed, building in full: ${(error as Error).stack ?? String(error)}\n`
      await rm(outDir, { recursive: true, force: true })
    }
  }
  base = undefined
  forgetKeptRenderer()
  process.env[KEEP_RENDERER_ENV] = cacheDir ? '1' : '0'
  try {
    await fullBuild()
  } finally {
    delete process.env[KEEP_RENDERER_ENV]
  }
  if (cacheDir && keptRenderer()) {
    const snapshot = join(cacheDir, 'republish-base')
    await snapshotTree(outDir, snapshot, isSearchIndex)
    base = { code, settings, snapshot }
  }
  return { kind: 'full', summary: `${note}full build` }
}

/** Files of the Pagefind bundle, which every build writes afresh (so a snapshot leaves them out). */
const isSearchIndex = (file: string) => file.startsWith('pagefind/')

/** Where Astro writes a path with `build.format: 'directory'`: `<path>/index.html` for a page, the path itself for an endpoint. */
function outputFile({ pathname, route }: PathWithRoute): string {
  const path = pathname.replace(/^\/+|\/+$/g, '')
  if (route.type === 'endpoint') return path
  if (route.type === 'page') return path ? `${path}/index.html` : 'index.html'
  throw new Error(`route ${route.route} is a ${route.type}; a republish renders pages and endpoints only`)
}

/** The URL Astro renders a path at (trailing slash on pages, `trailingSlash: 'always'`). */
function requestUrl({ pathname, route }: PathWithRoute, origin: string): URL {
  const path = route.type === 'page' && !pathname.endsWith('/') ? `${pathname}/` : pathname
  return new URL(path, origin)
}

/** Milliseconds per step of a republish, in order: reading the library, asking for the paths, linking, rendering, indexing, snapshotting. */
export type RepublishSteps = Record<'read' | 'paths' | 'link' | 'render' | 'index' | 'snapshot', number>

/** A stopwatch: each call returns the whole milliseconds since the previous call (or its creation). */
function stopwatch(): () => number {
  let last = performance.now()
  return () => {
    const now = performance.now()
    const ms = Math.round(now - last)
    last = now
    return ms
  }
}

/** Renders the library into `outDir` from `snapshot` (see the module comment); says what it did and how long each step took. */
async function republish(kept: KeptRenderer, snapshot: string, outDir: string, env: NodeJS.ProcessEnv, cacheDir: string) {
  const lap = stopwatch()
  const library = await loadPublishedLibrary(librarySourceFromEnv(env))
  const read = lap()
  const before = new Map(kept.paths.map((path) => [path.pathname, path]))
  setRenderedLibrary(library)
  try {
    kept.clearRouteCache()
    const paths = await kept.prerenderer.getStaticPaths()
    const changed = paths.filter((path) => path.cacheKey === undefined || before.get(path.pathname)?.cacheKey !== path.cacheKey)
    const current = new Set(paths.map((path) => path.pathname))
    // Not linked: what is rendered again, the pages of entries gone, and the search index (rebuilt below).
    const gone = kept.paths.filter((path) => !current.has(path.pathname))
    const skipped = new Set([...changed, ...gone].map(outputFile))
    const pathsMs = lap()
    const linked = await linkTree(snapshot, outDir, (file) => skipped.has(file) || isSearchIndex(file))
    const link = lap()
    for (const path of changed) {
      const rendered = await kept.prerenderer.render(new Request(requestUrl(path, kept.origin)), { routeData: path.route })
      const response = rendered instanceof Response ? rendered : rendered.response
      if (response.status !== 200) throw new Error(`rendering ${path.pathname} answered ${response.status}`)
      const file = join(outDir, outputFile(path))
      await mkdir(dirname(file), { recursive: true })
      await writeFile(file, Buffer.from(await response.arrayBuffer()))
    }
    const render = lap()
    kept.paths = paths
    const indexed = await indexBuiltSite(outDir, cacheDir)
    const steps = { read, paths: pathsMs, link, render, index: lap() }
    const summary = `content-only republish: ${changed.length} of ${paths.length} paths rendered, ${linked} files linked${gone.length > 0 ? `, ${gone.length} removed` : ''} (${JSON.stringify(steps)} ms). ${indexed}`
    return { summary, steps, written: changed.map(outputFile), removed: gone.map(outputFile) }
  } finally {
    setRenderedLibrary(undefined)
  }
}
