import { randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { indexBuiltSite } from '../integrations/pagefind.ts'
import { keepRealWordsIncrementally } from '../integrations/real-words.ts'
import { librarySourceFromEnv, loadPublishedLibrary } from '../loaders/published-library.ts'
import { codeVersion } from './code-version.ts'
import { forgetKeptRenderer, KEEP_RENDERER_ENV, keptRenderer, type KeptRenderer } from './kept-renderer.ts'
import { isWrittenAfresh, outputFile, requestUrl } from './output-path.ts'
import { linkTree, ownsSnapshot, snapshotTree, updateSnapshot } from './output-tree.ts'
import { setRenderedLibrary } from './rendered-library.ts'

/**
 * Content-only republishing (issue 12.8): a publish changes content, not templates, so after one
 * full `astro build` in a long-lived process the next builds need not run Vite again. The last full
 * build's prerenderer stays loaded (kept-renderer.ts); a republish reads the published library,
 * asks that prerenderer for the paths again and renders only those whose cache key changed (an
 * entry's page, the pages listing it, its Markdown twin: src/lib/entry-pages.ts) or that have none
 * (the home and index pages, kb.json, llms.txt), links every other file from the previous build's
 * output, and indexes the whole result with Pagefind as a full build does. The output is the one a
 * full build of the same library writes (test/build/republish.test.ts compares them).
 *
 * A full build runs instead when nothing is kept (the first build of a process, `full`), when the
 * site's code, lockfile or settings changed since the kept build, when the snapshot is not this
 * process's own and whole, and when a republish fails for any reason: the reason is reported
 * (`BuildReport.fallback`), and the full build reports the real error, if there is one.
 */

/** What the last build in this process left for the next republish. */
interface Base {
  /** The site's code when it was built (`codeVersion`). */
  code: number
  /** The settings it was built with (`settingsOf`). */
  settings: string
  /** A linked copy of its output but the search index (output-tree.ts), kept up to date by each republish. */
  snapshot: string
}

let base: Base | undefined
/** This process's mark on its snapshots. */
const OWNER = randomUUID()
/** The code this process loaded (this module and the indexing it imports), read on first use. */
let loadedCode: Promise<number> | undefined

/** The environment that shapes the output: all of it but where the library is read (a new loopback address and key each build). */
function settingsOf(env: NodeJS.ProcessEnv): string {
  const { CMS_URL: _url, CMS_API_KEY: _key, ...rest } = env
  return JSON.stringify(Object.entries(rest).sort(([a], [b]) => a.localeCompare(b)))
}

/** Milliseconds per step of a republish: reading the library, asking for the paths, linking, rendering, indexing, updating the snapshot. */
export type RepublishSteps = Record<'read' | 'paths' | 'link' | 'render' | 'index' | 'snapshot', number>

/**
 * How a build went. `summary`: one line for the build's output. A republish gives its steps; a full
 * build says why it was not a republish when one was possible (`fallback`), and asks for a new
 * process (`retire`) when the site's code changed since this one loaded it.
 */
export type BuildReport = { summary: string } & ({ kind: 'full'; fallback?: string; retire?: boolean } | { kind: 'republish'; steps: RepublishSteps })

/**
 * Builds the site into `outDir` with `env` (this process's environment, already set): a
 * content-only republish when the last build in this process allows one, else `fullBuild()` (Astro's
 * `build()`, keeping its renderer). `full` forces the full build. A republish calls `rendered`
 * once every page is in `outDir`, before Pagefind indexes them (the caller may start work that
 * only reads the pages; a full build has Astro's `astro:build:generated` hook for that); a
 * republish that fails waits for the promise it returns before removing `outDir`. Either way, what the next
 * republish starts from is kept in `<KB_BUILD_CACHE>/republish-base` (no republish without a build
 * cache). Throws what the full build throws.
 */
export async function buildOrRepublish(outDir: string, env: NodeJS.ProcessEnv, fullBuild: () => Promise<void>, full = false, rendered: () => Promise<unknown> | void = () => undefined): Promise<BuildReport> {
  const cacheDir = env.KB_BUILD_CACHE?.trim()
  loadedCode ??= codeVersion()
  const [code, loaded, settings] = [await codeVersion(), await loadedCode, settingsOf(env)]
  const kept = keptRenderer()
  let fallback: string | undefined
  if (!full && cacheDir && kept && base) {
    const usable = base.code === code && code === loaded && base.settings === settings && (await ownsSnapshot(base.snapshot, OWNER))
    if (!usable) fallback = 'the site code, settings or build cache changed since the last build'
    else {
      let afterRender: Promise<unknown> | undefined
      const whenRendered = () => {
        afterRender = Promise.resolve(rendered()).catch(() => undefined)
      }
      try {
        const { summary, steps, written, removed } = await republish(kept, base.snapshot, outDir, env, cacheDir, whenRendered)
        const started = performance.now()
        await updateSnapshot(base.snapshot, OWNER, outDir, written, removed)
        return { kind: 'republish', summary, steps: { ...steps, snapshot: Math.round(performance.now() - started) } }
      } catch (error) {
        fallback = `content-only republish failed: ${(error as Error).stack ?? String(error)}`
        await afterRender
        await rm(outDir, { recursive: true, force: true })
      }
    }
  }
  base = undefined
  forgetKeptRenderer()
  process.env[KEEP_RENDERER_ENV] = cacheDir && code === loaded ? '1' : '0'
  try {
    await fullBuild()
  } finally {
    delete process.env[KEEP_RENDERER_ENV]
  }
  if (cacheDir && keptRenderer()) await keepBase(outDir, join(cacheDir, 'republish-base'), { code, settings })
  const retire = code !== loaded
  return { kind: 'full', summary: fallback ? `full build (${fallback})` : 'full build', ...(fallback ? { fallback } : {}), ...(retire ? { retire } : {}) }
}

/** Snapshots a full build for the next republish; a snapshot that fails costs only that (the next publish builds in full). */
async function keepBase(outDir: string, snapshot: string, { code, settings }: Pick<Base, 'code' | 'settings'>): Promise<void> {
  try {
    await snapshotTree(outDir, snapshot, OWNER, isWrittenAfresh)
    base = { code, settings, snapshot }
    keepRealWordsIncrementally()
  } catch (error) {
    forgetKeptRenderer()
    console.error(`no content-only republish from this build: its snapshot failed (${(error as Error).message})`)
  }
}

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

/** What one republish did: its summary and steps, and the output files it wrote and removed (relative to the output folder). */
interface Republished {
  summary: string
  steps: Omit<RepublishSteps, 'snapshot'>
  written: string[]
  removed: string[]
}

/**
 * Renders the library into `outDir` from `snapshot` (see the module comment). Throws on anything
 * unexpected (a render that is not a 200, a file that would be written over a linked one, an
 * output that is missing afterwards), which makes the caller build in full.
 */
async function republish(kept: KeptRenderer, snapshot: string, outDir: string, env: NodeJS.ProcessEnv, cacheDir: string, rendered: () => void): Promise<Republished> {
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
    const linked = await linkTree(snapshot, outDir, (file) => skipped.has(file) || isWrittenAfresh(file))
    const link = lap()
    for (const path of changed) {
      const rendered = await kept.prerenderer.render(new Request(requestUrl(path, kept.origin)), { routeData: path.route })
      const response = rendered instanceof Response ? rendered : rendered.response
      if (response.status !== 200) throw new Error(`rendering ${path.pathname} answered ${response.status}`)
      const file = join(outDir, outputFile(path))
      await mkdir(dirname(file), { recursive: true })
      // `wx`: never through a linked file, which the live build and the snapshot share.
      await writeFile(file, Buffer.from(await response.arrayBuffer()), { flag: 'wx' })
    }
    const missing = paths.map(outputFile).filter((file) => !existsSync(join(outDir, file)))
    if (missing.length > 0) throw new Error(`the republished site lacks ${missing.length} page(s), e.g. ${missing.slice(0, 3).join(', ')}`)
    const render = lap()
    kept.paths = paths
    rendered()
    const indexed = await indexBuiltSite(outDir, cacheDir)
    const steps = { read, paths: pathsMs, link, render, index: lap() }
    const summary = `content-only republish: ${changed.length} of ${paths.length} paths rendered, ${linked} files linked${gone.length > 0 ? `, ${gone.length} removed` : ''} (${JSON.stringify(steps)} ms). ${indexed}`
    return { summary, steps, written: changed.map(outputFile), removed: gone.map(outputFile) }
  } finally {
    setRenderedLibrary(undefined)
  }
}
