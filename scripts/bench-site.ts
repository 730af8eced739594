/**
 * `pnpm bench:site`: what the static site costs as the library grows. For the real library and
 * the real library plus synthetic scripts up to 1,000 and 10,000 entries, each on a throwaway
 * SQLite database: seed time, build time, files and bytes written, Pagefind index size, peak
 * memory of the build, and in headless Chromium the time and bytes from typing a query on the
 * home page to its first result. Writes bench/site.md. A benchmark, not a test: run it on a quiet
 * machine, and under `flock /tmp/astro-build.lock` when others build too.
 * BENCH_SITE_SIZES (default "1000,10000") picks the synthetic sizes; "" measures the real library only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import type { Library } from '@kb/content'
import { checkLibrary, REPO_ROOT } from '@kb/content/files'
import { buildSite } from '@kb/cms/publishing'
import { launchBrowser } from '../test/helpers/browser.ts'
import { freePort } from '../test/helpers/free-port.ts'
import { serveSite } from './lib/static-server.ts'
import { librarySize, seedDatabase } from './lib/bench-seed.ts'
import { withSyntheticScripts } from './lib/synthetic-library.ts'
import { folderSize, withPeakChildRss } from './lib/bench-measure.ts'
import { measureSearch, type FirstResult } from './lib/bench-search-timing.ts'

const COLD_QUERY = 'refund'
const WARM_QUERY = 'delivery'
const SIZES = (process.env.BENCH_SITE_SIZES ?? '1000,10000').split(',').map((s) => s.trim()).filter(Boolean).map(Number)

const real = checkLibrary().library
const seconds = (ms: number) => (ms / 1000).toFixed(1)
const mb = (bytes: number) => (bytes / 1e6).toFixed(1)
const kb = (bytes: number) => (bytes / 1e3).toFixed(0)


function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
}

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
    const server = serveSite(() => build.dir)
    let browser: Browser | undefined
    try {
      const port = await freePort()
      await listen(server, port)
      browser = await launchBrowser()
      const search = await measureSearch(browser, `http://127.0.0.1:${port}/`, COLD_QUERY, WARM_QUERY)
      for (const [kind, r] of Object.entries(search)) {
        console.log(`${label}: ${kind} first result after ${r.ms.toFixed(0)} ms (wall ${r.wallMs.toFixed(0)} ms), ` +
          `${kb(r.bytes)} KB in ${r.requests} requests, ${r.results} results shown`)
      }
      return { label, entries, seedMs, buildMs, files: total.files, buildBytes: total.bytes, indexFiles: index.files, indexBytes: index.bytes, peakRss: peakBytes, ...search }
    } finally {
      await browser?.close()
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const libraries: [string, Library][] = [
  ['real library', real],
  ...SIZES.map((n): [string, Library] => [`${n.toLocaleString('en-US')} entries`, withSyntheticScripts(real, n - librarySize(real))]),
]
const rows: Row[] = []
for (const [label, library] of libraries) rows.push(await measure(label, library))

const line = (r: Row) =>
  `| ${r.label} | ${r.entries} | ${seconds(r.seedMs)} | ${seconds(r.buildMs)} | ${r.files} | ${mb(r.buildBytes)} | ${mb(r.indexBytes)} | ` +
  `${r.peakRss === undefined ? 'n/a' : mb(r.peakRss)} | ${r.cold.ms.toFixed(0)} | ${kb(r.cold.bytes)} | ${r.warm.ms.toFixed(0)} | ${kb(r.warm.bytes)} |`

const report = `# Site build and search

Measured by \`pnpm bench:site\` on ${new Date().toISOString().slice(0, 10)} (${process.platform}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB RAM, Node ${process.versions.node}).

| library | entries | seed s | build s | files | build MB | index MB | build peak RSS MB | first-result ms (cold) | first-result KB (cold) | first-result ms (warm) | first-result KB (warm) |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map(line).join('\n')}

Each library is seeded into a throwaway SQLite database (the library written as files, then
\`pnpm content:import\`; "seed s" is both), then built once with \`buildSite\` (Astro renders every
page, Pagefind indexes them); "build s" is its wall time, "files" and "build MB" count everything in
the build folder and "index MB" its \`pagefind/\` folder. "Build peak RSS" is the highest sum of the
resident memory of the build's processes, sampled every 100 ms (rough: shared pages count twice).
The build is then served by the site's own static server (no compression) on loopback, and headless
Chromium opens the home page in a fresh context (empty cache), waits for the network to go idle, and
types "${COLD_QUERY}" into the search box: "first-result ms" runs from the first keydown to the first
result in the page (by the page's clock; it includes typing and the search's 120 ms pause in typing),
and "first-result KB" sums the bytes received (bodies as sent, plus headers) of every request started
in that span, the Pagefind worker's included: the span in which Pagefind and its index load. "Warm"
then clears the box and types "${WARM_QUERY}" on the same page, with Pagefind loaded.
One run each; milliseconds vary from run to run.
`
writeFileSync(join(REPO_ROOT, 'bench/site.md'), report)
console.log(report)
