/**
 * `pnpm bench:publish`: publish-to-searchable time. Runs the main command on a throwaway
 * database (the real library, then the real library plus synthetic scripts up to 1,000 entries),
 * publishes BENCH_RUNS (default 10) scripts one after another through REST as an admin, and times
 * each from the publish request returning to the site's own search finding its words, with the
 * build job's phases. Writes bench/publish.md. A benchmark, not a test: run it on a quiet machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Library } from '@kb/content'
import { checkLibrary, REPO_ROOT } from '@kb/content/files'
import type { BuildPhases } from '@kb/cms/publishing'
import { startKnowledgeBase } from '../test/helpers/main-command.ts'
import { searchSite } from '../test/helpers/site-search.ts'
import { librarySize, seedDatabase } from './lib/bench-seed.ts'
import { withSyntheticScripts } from './lib/synthetic-library.ts'
import { median } from './lib/search-metrics.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const real = checkLibrary().library


interface Publish {
  /** From the publish request returning to the site's search finding the new words, ms. */
  total: number
  /** The build job's own phases (cms/src/publishing/build-site.ts), ms. */
  phases: BuildPhases
  /** The build job's whole run, ms. */
  build: number
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Publishes `RUNS` scripts one after another and times each: the live index is polled every 50 ms
 * (`pagefind-entry.json` names it), and the first new index whose search finds the script's word
 * marks the time. Then the build job that made it says where its time went.
 */
async function measure(library: Library): Promise<Publish[]> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-bench-publish-'))
  try {
    seedDatabase(dir, library)
    const kb = await startKnowledgeBase({
      DATABASE_URL: `file:${join(dir, 'kb.db')}`, KB_DATA_DIR: dir, KB_SITE_OUTPUT: join(dir, 'site'),
    })
    try {
      const admin = (await (await fetch(`${kb.cmsUrl}/api/users/first-register`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'bench@kb.test', password: 'bench-password', 'confirm-password': 'bench-password' }),
      })).json()) as { token: string }
      const headers = { 'content-type': 'application/json', authorization: `JWT ${admin.token}` }
      const situation = ((await (await fetch(`${kb.cmsUrl}/api/situations?limit=1`)).json()) as { docs: { id: number }[] }).docs[0]!.id
      const liveIndex = async () => (await fetch(`${kb.siteUrl}/pagefind/pagefind-entry.json`, { cache: 'no-store' })).text()
      /** The build job queued after `since` (an ISO time), once it has completed: the job ends a moment after the switch. */
      const buildAfter = async (since: string) => {
        const jobs = `${kb.cmsUrl}/api/payload-jobs?where[taskSlug][equals]=buildSite&where[createdAt][greater_than]=${since}&where[completedAt][exists]=true&sort=-completedAt&limit=1&depth=0`
        for (let attempt = 0; attempt < 600; attempt++) {
          // A task's output is kept in the job's log (Payload's jobs collection), one item per attempt.
          type Job = { log?: { state: string; output?: { durationMs: number; phases: BuildPhases } }[] }
          const { docs } = (await (await fetch(jobs, { headers })).json()) as { docs: Job[] }
          const output = docs[0]?.log?.findLast((item) => item.state === 'succeeded')?.output
          if (output?.phases) return output
          await sleep(100)
        }
        throw new Error(`no build job queued after ${since} completed with its phases`)
      }
      const publishes: Publish[] = []
      for (let run = 1; run <= RUNS; run++) {
        const word = `benchword${run}x${Date.now().toString(36)}`
        let index = await liveIndex()
        const since = new Date().toISOString()
        const response = await fetch(`${kb.cmsUrl}/api/empathy-scripts`, {
          method: 'POST', headers,
          body: JSON.stringify({
            title: `Bench ${run}`, line: `The ${word} line.`, situations: [situation], stage: 'close', channels: ['chat'], tone: 'calm',
            why: 'Benchmark.', review: { owner: 'Bench', lastReviewed: '2026-11-01', reviewIntervalDays: 30 }, _status: 'published',
          }),
        })
        if (response.status !== 201) throw new Error(`publish answered ${response.status}`)
        const returned = performance.now()
        const page = `/scripts/${((await response.json()) as { doc: { slug: string } }).doc.slug}/`
        let total: number | undefined
        while (total === undefined) {
          if (performance.now() - returned > 600_000) throw new Error(`"${word}" was not searchable after 10 minutes`)
          const now = await liveIndex()
          if (now === index) {
            await sleep(50)
            continue
          }
          index = now
          const at = performance.now()
          // Pagefind matches loosely: the new page itself must be among the hits.
          if ((await searchSite(kb.siteUrl, word)).some((hit) => hit.url === page)) total = at - returned
        }
        const { durationMs, phases } = await buildAfter(since)
        publishes.push({ total, phases, build: durationMs })
        console.log(`${librarySize(library)} entries: publish ${run} searchable after ${(total / 1000).toFixed(2)} s (build ${durationMs} ms: ${JSON.stringify(phases)})`)
      }
      return publishes
    } finally {
      await kb.stop()
    }
  } finally {
    // Retried: a build the stopped worker was writing may still be removing its files.
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

/** The steps of a content-only republish (site/src/republish/republish.ts), in the order they run. */
const REPUBLISH_STEPS = ['read', 'paths', 'link', 'render', 'index', 'snapshot'] as const

function rowsOf(label: string, entries: number, publishes: Publish[]): { summary: string; breakdown: string; republish: string } {
  const totals = publishes.map((p) => p.total)
  const phase = (name: Exclude<keyof BuildPhases, 'republish'>) => seconds(median(publishes.map((p) => p.phases[name])))
  const outside = seconds(median(publishes.map((p) => p.total - p.build)))
  const republished = publishes.flatMap((p) => (p.phases.republish ? [p.phases.republish] : []))
  const step = (name: string) => seconds(median(republished.map((steps) => steps[name] ?? 0)))
  return {
    summary: `| ${label} | ${entries} | ${publishes.length} | ${republished.length} | ${seconds(median(totals))} | ${seconds(Math.max(...totals))} |`,
    breakdown: `| ${label} | ${outside} | ${phase('library')} | ${phase('astro')} | ${phase('compress')} | ${phase('deploy')} |`,
    republish: republished.length ? `| ${label} | ${REPUBLISH_STEPS.map(step).join(' | ')} |` : `| ${label} | ${REPUBLISH_STEPS.map(() => '–').join(' | ')} |`,
  }
}

const libraries = [
  { label: 'real library', library: real },
  { label: '1,000 entries', library: withSyntheticScripts(real, 1000 - librarySize(real)) },
]
const rows = []
for (const { label, library } of libraries) rows.push(rowsOf(label, librarySize(library), await measure(library)))
const report = `# Publish-to-searchable

From the publish request returning to the new words being found by the site's own search
(Pagefind, queried over HTTP), with the main command running on SQLite. Measured by
\`pnpm bench:publish\` on ${new Date().toISOString().slice(0, 10)} (${process.platform}, ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end).

| library | entries | publishes | content-only republishes | median | max |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => row.summary).join('\n')}

Each publish queues one build job; the site worker takes it, builds and switches the live site.
The worker keeps one long-lived build process (cms/src/publishing/warm-site-builder.ts). Its first
build is a full \`astro build\` (the slowest publish, the "max" column), which keeps Astro's
prerenderer for that build. Every later publish is a content-only republish
(site/src/republish/republish.ts): no Vite, no content-layer sync; the published library is read,
the compiled pages render only the paths whose cache key changed (the script's own page and twin,
the pages that list it) and the pages without one (home, indexes, \`kb.json\`, \`llms.txt\`), every
other file is hard-linked from the previous build, and Pagefind indexes the whole result. A test
(test/build/republish.test.ts) checks that a republish writes exactly what a full build writes.

## Where the time goes (medians)

"Outside the build" is the time from the publish returning to the worker taking the job (it looks
every 200 ms when idle), and from the switch to the new index being found (the live index is polled
every 50 ms). "Build" covers the first, full build too.

| library | outside the build | library read | build | compression | deploy |
| --- | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => row.breakdown).join('\n')}

Inside a content-only republish (medians): reading the library from the CMS, asking the compiled
pages for their paths and cache keys, linking the unchanged files, rendering the changed ones,
Pagefind indexing every page plus the search vocabulary, and bringing the next republish's base
up to date.

| library | read | paths | link | render | index | base |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${rows.map((row) => row.republish).join('\n')}

Against the bar (issue 12: under 3 s at the real library, under 6 s at 1,000 entries). Before the
content-only republish (2026-11-30, on a machine about twice as slow as this one), the long-lived
build process took 7.53 s and 10.29 s, and a new \`astro build\` process per publish 10.86 s and
14.02 s: whatever changed, \`astro build\` synced the content layer, bundled with Vite and copied
the unchanged pages. What bounds a publish now is Pagefind indexing every page and the vocabulary
made from its index.
`
writeFileSync(join(REPO_ROOT, 'bench/publish.md'), report)
console.log(report)
