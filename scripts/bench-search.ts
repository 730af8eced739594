/**
 * `pnpm bench:search`: how well search finds what agents type, on the labelled queries in
 * bench/queries/search.yaml, for plain Pagefind (what the site did before), a stock fuzzy
 * any-word search (MiniSearch) and the product's search (site/src/lib/search-engine.ts), side by
 * side: success@1, success@5, MRR, zero results, and warm per-query latency in Node. At the real
 * library and, unless BENCH_SEARCH_SIZES="" , at 10,000 entries (the real library plus synthetic
 * scripts). Writes bench/search.md. BENCH_SEARCH_SITE=<built site folder> reuses a build of the
 * real library instead of seeding and building one, and BENCH_SEARCH_SITE_10000=<folder> one of
 * the 10,000-entry library.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Library } from '@kb/content'
import { checkLibrary, REPO_ROOT } from '@kb/content/files'
import { buildSite } from '@kb/cms/publishing'
import { readFragments } from '../site/src/integrations/search-vocabulary.ts'
import { createSearch } from '../site/src/lib/search-engine.ts'
import { loadPagefindFrom } from '../site/src/lib/search-node.ts'
import { SEARCH_RANKING } from '../site/src/lib/search-ranking.ts'
import { VOCABULARY_FILE } from '../site/src/lib/search-vocabulary.ts'
import { librarySize, seedDatabase } from './lib/bench-seed.ts'
import { answerable, LABELS_FILE, readLabels, type Found, type Label } from './lib/search-labels.ts'
import { quantile, type QueryOutcome } from './lib/search-metrics.ts'
import { renderReport, type SiteRun } from './lib/search-report.ts'
import { stockSearch } from './lib/stock-search.ts'
import { withSyntheticScripts } from './lib/synthetic-library.ts'

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '10000').split(',').map((s) => s.trim()).filter(Boolean).map(Number)
const labels = readLabels()

/** Warm runs timed per query; the median is kept, so one pause of a shared machine does not count. */
const WARM_RUNS = 3

/** Runs every query once to warm up, then WARM_RUNS more times; keeps the results and the median time. */
async function run(labelList: Label[], search: (q: string) => Promise<{ found: Found[]; total: number; note?: string }>): Promise<QueryOutcome[]> {
  const outcomes: QueryOutcome[] = []
  for (const label of labelList) {
    let result = await search(label.q)
    const times: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < WARM_RUNS; i++) {
      const started = performance.now()
      const usage = process.cpuUsage()
      result = await search(label.q)
      const used = process.cpuUsage(usage)
      times.push(performance.now() - started)
      cpu.push((used.user + used.system) / 1000)
    }
    const { found, total, note } = result
    outcomes.push({ label, found: found.slice(0, 10), total, ms: quantile(times, 0.5), cpuMs: quantile(cpu, 0.5), ...(note ? { note } : {}) })
  }
  return outcomes
}

async function measure(name: string, dir: string): Promise<SiteRun> {
  const bundle = join(dir, 'pagefind')
  const pages = (await readFragments(bundle)).map((page) => ({ url: page.url, title: page.meta.title ?? page.url, text: page.content }))
  // Plain Pagefind as the site's page used it: one instance, filters loaded for their counts.
  const plainPagefind = await (await loadPagefindFrom(dir, { ranking: SEARCH_RANKING })).filters()
  const product = createSearch(await loadPagefindFrom(dir, { ranking: SEARCH_RANKING }), JSON.parse(readFileSync(join(bundle, VOCABULARY_FILE), 'utf8')))
  const stock = stockSearch(pages)
  console.log(`${name}: ${pages.length} pages; searching ${labels.length} queries three ways…`)
  const plain = await run(labels, async (q) => {
    const found = await plainPagefind.search(q)
    const results = found?.results ?? []
    const data = await Promise.all(results.slice(0, 10).map((result) => result.data()))
    return { found: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url })), total: results.length }
  })
  const ours = await run(labels, async (q) => {
    const answer = await product.search(q, { limit: 10 })
    const { corrected, dropped, synonyms } = answer.report
    const note = [
      ...corrected.map((c) => `${c.from}→${c.to}`),
      ...dropped.map((d) => `−${d}`),
      ...synonyms.map((s) => `${s.text}≈${s.with.length}`),
      ...(answer.total === 0 && answer.closest.length > 0 ? [`closest: ${answer.closest.map((c) => c.title).join(', ')}`] : []),
    ].join('; ')
    return { found: answer.hits.map((hit) => ({ url: hit.url, title: hit.title })), total: answer.total, note }
  })
  const fuzzy = await run(labels, async (q) => {
    const found = stock(q)
    return { found, total: found.length }
  })
  return { name, pages: pages.length, answerable: labels.map((label) => answerable(label, pages)), plain, ours, fuzzy }
}

async function buildLibrary(name: string, library: Library): Promise<SiteRun> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-search-'))
  try {
    console.log(`${name}: seeding ${librarySize(library)} entries and building…`)
    seedDatabase(dir, library)
    const env = { ...process.env, DATABASE_URL: `file:${join(dir, 'kb.db')}`, KB_DATA_DIR: dir, KB_SITE_OUTPUT: join(dir, 'site') }
    const build = await buildSite({ env, stamp: 'bench' })
    return await measure(name, build.dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const real = checkLibrary().library
const runs: SiteRun[] = []
runs.push(process.env.BENCH_SEARCH_SITE ? await measure('real library', process.env.BENCH_SEARCH_SITE) : await buildLibrary('real library', real))
for (const size of SIZES) {
  const name = `${size.toLocaleString('en-US')} entries`
  const built = process.env[`BENCH_SEARCH_SITE_${size}`]
  runs.push(built ? await measure(name, built) : await buildLibrary(name, withSyntheticScripts(real, size - librarySize(real))))
}
const report = renderReport(runs, {
  date: new Date().toISOString().slice(0, 10),
  machine: `${process.platform}, ${cpus().length} cores, Node ${process.versions.node}`,
  labelsFile: LABELS_FILE,
})
writeFileSync(join(REPO_ROOT, 'bench/search.md'), report)
console.log(report.split('\n## Per query')[0])
