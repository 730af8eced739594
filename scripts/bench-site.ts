/**
 * `pnpm bench:site`: what the static site costs as the library grows. For the real library and
 * the real library plus synthetic scripts up to 1,000 and 10,000 entries, each on a throwaway
 * SQLite database: seed time, build time, files and bytes written, Pagefind index size, peak
 * memory of the build, and in headless Chromium the time and bytes from typing a query on the
 * home page to its first result. Then the comparison with the peer, Starlight, at 1,000 entries
 * (scripts/lib/bench-peer.ts): interleaved full builds and the cold first search result. Writes
 * bench/site.md, each part its own section. A benchmark, not a test: run it on a quiet machine, and
 * under `flock /tmp/astro-build.lock` when others build too.
 * BENCH_SITE_PARTS (default "sizes,peer") picks the parts; a run updates only their sections.
 * BENCH_SITE_SIZES (default "1000,10000") picks the synthetic sizes; "" measures the real library only.
 * BENCH_PEER_RUNS (default 2; 3 on a quiet machine) is the number of build rounds against Starlight.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import type { Library } from '@kb/content'
import { checkLibrary, REPO_ROOT } from '@kb/content/files'
import { buildSite } from '@kb/cms/publishing'
import { launchBrowser } from '../test/helpers/browser.ts'
import { serveFolderInProcess } from './lib/site-server-process.ts'
import { librarySize, seedDatabase } from './lib/bench-seed.ts'
import { withSyntheticScripts } from './lib/synthetic-library.ts'
import { folderSize, withPeakChildRss } from './lib/bench-measure.ts'
import { measureSearch, type FirstResult } from './lib/bench-search-timing.ts'
import { comparePeerBuilds, comparePeerSearch, peerFolder } from './lib/bench-peer.ts'
import { renderPeerReport } from './lib/bench-peer-report.ts'
import { writeSection } from './lib/bench-report-section.ts'

const COLD_QUERY = 'refund'
const WARM_QUERY = 'delivery'
const list = (value: string) => value.split(',').map((s) => s.trim()).filter(Boolean)
const SIZES = list(process.env.BENCH_SITE_SIZES ?? '1000,10000').map(Number)
const PARTS = new Set(list(process.env.BENCH_SITE_PARTS ?? 'sizes,peer'))
const PEER_RUNS = Number(process.env.BENCH_PEER_RUNS ?? 2)
/** The peer comparison's library size (issues 9 and 12) and its queries: words every synthetic library has. */
const PEER_ENTRIES = 1000
const PEER_QUERIES = ['refund', 'delivery', 'manager', 'warranty', 'voucher']
const REPORT = join(REPO_ROOT, 'bench/site.md')
const TITLE = '# Site build and search'
const machine = `${process.platform}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.versions.node}`
const today = () => new Date().toISOString().slice(0, 10)

const real = checkLibrary().library
const seconds = (ms: number) => (ms / 1000).toFixed(1)
const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
const kb = (bytes: number) => (bytes / 1e3).toFixed(0)


interface Row {
  label: string
  entries: number
  seedMs: number
  buildMs: number
  files: number
  buildBytes: number
  indexFiles: number
  indexBytes: number
  peakRss: number | undefined
  cold: FirstResult
  warm: FirstResult
}

async function measure(label: string, library: Library): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-site-'))
  try {
    const entries = librarySize(library)
    console.log(`${label}: seeding ${entries} entries…`)
    const seedMs = seedDatabase(dir, library)
    console.log(`${label}: seeded in ${seconds(seedMs)} s; building…`)
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'kb.db')}`, KB_DATA_DIR: dir, KB_SITE_OUTPUT: join(dir, 'site') }
    const started = performance.now()
    const { result: build, peakBytes } = await withPeakChildRss(() => buildSite({ env, stamp: 'bench' }))
    const buildMs = performance.now() - started
    const total = folderSize(build.dir)
    const index = folderSize(join(build.dir, 'pagefind'))
    console.log(`${label}: built in ${seconds(buildMs)} s, ${total.files} files, ${mb(total.bytes)} MB (index ${mb(index.bytes)} MB)`)

    // Launched only now, so the memory sampling above saw the build's processes and no browser.
    const server = await serveFolderInProcess(build.dir)
    let browser: Browser | undefined
    try {
      browser = await launchBrowser()
      const search = await measureSearch(browser, `${server.origin}/`, COLD_QUERY, WARM_QUERY)
      for (const [kind, r] of Object.entries(search)) {
        console.log(`${label}: ${kind} first result after ${r.ms.toFixed(0)} ms (wall ${r.wallMs.toFixed(0)} ms), ` +
          `${kb(r.bytes)} KB in ${r.requests} requests, ${r.results} results shown`)
      }
      return { label, entries, seedMs, buildMs, files: total.files, buildBytes: total.bytes, indexFiles: index.files, indexBytes: index.bytes, peakRss: peakBytes, ...search }
    } finally {
      await browser?.close()
      await server.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

async function sizesPart(): Promise<void> {
  const libraries: [string, Library][] = [
    ['real library', real],
    ...SIZES.map((n): [string, Library] => [`${n.toLocaleString('en-US')} entries`, withSyntheticScripts(real, n - librarySize(real))]),
  ]
  const rows: Row[] = []
  for (const [label, library] of libraries) rows.push(await measure(label, library))

  const line = (r: Row) =>
    `| ${r.label} | ${r.entries} | ${seconds(r.seedMs)} | ${seconds(r.buildMs)} | ${r.files} | ${mb(r.buildBytes)} | ${mb(r.indexBytes)} | ` +
    `${r.peakRss === undefined ? 'n/a' : mb(r.peakRss)} | ${r.cold.ms.toFixed(0)} | ${kb(r.cold.bytes)} | ${r.warm.ms.toFixed(0)} | ${kb(r.warm.bytes)} |`

  const report = `## Growing the library

Measured by \`pnpm bench:site\` on ${today()} (${machine}).

| library | entries | seed s | build s | files | build MB | index MB | build peak RSS MB | first-result ms (cold) | first-result KB (cold) | first-result ms (warm) | first-result KB (warm) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map(line).join('\n')}

Each library is seeded into a throwaway SQLite database (the library written as files, then
\`pnpm content:import\`; "seed s" is both), then built once with \`buildSite\` (Astro renders every
page, Pagefind indexes them); "build s" is its wall time, "files" and "build MB" count everything in
the build folder and "index MB" its \`pagefind/\` folder. "Build peak RSS" is the highest sum of the
resident memory of the build's processes, sampled every 100 ms (rough: shared pages count twice).
The build is then served by the site's own static server on loopback (in a process of its own), and headless
Chromium opens the home page in a fresh context (empty cache), waits for the network to go idle, and
types "${COLD_QUERY}" into the search box: "first-result ms" runs from the first keydown to the first
result in the page (by the page's clock; it includes typing and the search's 50 ms pause in typing),
and "first-result KB" sums the bytes received (bodies as sent, plus headers) of every request started
in that span, the Pagefind worker's included: the span in which Pagefind and its index load. "Warm"
then clears the box and types "${WARM_QUERY}" on the same page, with Pagefind loaded.
One run each; milliseconds vary from run to run.
`
  writeSection(REPORT, TITLE, 'sizes', report)
  console.log(report)
}

/** Ours against Starlight at PEER_ENTRIES entries: builds, then the cold first result. */
async function peerPart(): Promise<void> {
  const dir = peerFolder()
  const log = (line: string) => console.log(`Starlight comparison: ${line}`)
  try {
    const library = withSyntheticScripts(real, PEER_ENTRIES - librarySize(real))
    log(`seeding and writing ${librarySize(library)} entries; ${PEER_RUNS} rounds of builds…`)
    const { builds, oursDir, starlightDir } = await comparePeerBuilds(dir, library, PEER_RUNS, log)
    const search = await comparePeerSearch(oursDir, starlightDir, PEER_QUERIES, log)
    const load = loadavg().map((n) => n.toFixed(1)).join(', ')
    const report = renderPeerReport(PEER_ENTRIES, builds, search, { date: today(), machine, load: `${load} (1, 5, 15 min)` })
    writeSection(REPORT, TITLE, 'peer', report)
    console.log(report)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

if (PARTS.has('sizes')) await sizesPart()
if (PARTS.has('peer')) await peerPart()
