/**
 * `pnpm bench:publish`: publish-to-searchable time. Runs the main command on a throwaway
 * database (the real library, then the real library plus synthetic scripts up to 1,000 entries),
 * publishes 10 scripts one after another through REST with an editor's API key, and times each
 * from the publish request returning to the site's own search finding its words. Writes
 * bench/publish.md. A benchmark, not a test: run it on a quiet machine.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Library } from '@kb/content'
import { checkLibrary, REPO_ROOT } from '@kb/content/files'
import { startKnowledgeBase, waitFor } from '../test/helpers/main-command.ts'
import { searchSite } from '../test/helpers/site-search.ts'
import { librarySize, seedDatabase } from './lib/bench-seed.ts'
import { withSyntheticScripts } from './lib/synthetic-library.ts'

const RUNS = Number(process.env.BENCH_RUNS ?? 10)
const real = checkLibrary().library


async function measure(label: string, library: Library): Promise<string> {
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
      const times: number[] = []
      for (let run = 1; run <= RUNS; run++) {
        const word = `benchword${run}x${Date.now().toString(36)}`
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
        // Pagefind matches loosely: wait for the new page itself among the hits.
        const found = async () => ((await searchSite(kb.siteUrl, word)).some((hit) => hit.url === page) ? true : undefined)
        await waitFor(`"${word}" to be searchable`, found, 600_000)
        times.push(performance.now() - returned)
        console.log(`${label}: publish ${run} searchable after ${(times.at(-1)! / 1000).toFixed(2)} s`)
      }
      times.sort((a, b) => a - b)
      const median = (times[Math.floor((times.length - 1) / 2)]! + times[Math.ceil((times.length - 1) / 2)]!) / 2
      return `| ${label} | ${librarySize(library)} | ${RUNS} | ${(median / 1000).toFixed(2)} s | ${(times.at(-1)! / 1000).toFixed(2)} s |`
    } finally {
      await kb.stop()
    }
  } finally {
    // Retried: a build the stopped worker was writing may still be removing its files.
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
  }
}

const rows = [await measure('real library', real), await measure('1,000 entries', withSyntheticScripts(real, 1000 - librarySize(real)))]
const report = `# Publish-to-searchable

From the publish request returning to the new words being found by the site's own search
(Pagefind, queried over HTTP), with the main command running on SQLite. Measured by
\`pnpm bench:publish\` on ${new Date().toISOString().slice(0, 10)} (${process.platform}, ${(await import('node:os')).cpus().length} cores).

| library | entries | publishes | median | max |
| --- | ---: | ---: | ---: | ---: |
${rows.join('\n')}

Each publish triggers one full rebuild (Astro renders every page, Pagefind indexes every page),
coalesced with any publishes that arrive while it waits; the live site switches when it is done.
`
writeFileSync(join(REPO_ROOT, 'bench/publish.md'), report)
console.log(report)
