import type { ColdFirstResult } from './bench-first-result.ts'
import type { PeerBuilds, PeerSearch } from './bench-peer.ts'
import { median } from './search-metrics.ts'

/** The bars of issues 9 and 12: first result at most 0.7× the peer's time and no more bytes; a full build at most 0.5×. */
export const FIRST_RESULT_GOAL = 0.7
export const BUILD_GOAL = 0.5

const seconds = (ms: number) => (ms / 1000).toFixed(1)
const kb = (bytes: number) => (bytes / 1000).toFixed(0)
const ratio = (value: number, peer: number) => (value / peer).toFixed(2)
const met = (ok: boolean) => (ok ? 'met' : 'not met')

/** The section of bench/site.md comparing the site with Starlight: builds, then the cold first result. */
export function renderPeerReport(entries: number, builds: PeerBuilds, search: PeerSearch, context: { date: string; machine: string; load: string }): string {
  const ours = median(builds.ours)
  const starlight = median(builds.starlight)
  const empty = median(builds.starlightEmptySidebar)
  const row = (name: string, times: number[]) => `| ${name} | ${times.map(seconds).join(', ')} | ${seconds(median(times))} | ${ratio(median(times), starlight)} |`

  const stats = (results: ColdFirstResult[]) => ({
    ms: median(results.map((r) => r.ms)),
    bytes: median(results.map((r) => r.bytes)),
    requests: median(results.map((r) => r.requests)),
  })
  const a = stats(search.ours)
  const b = stats(search.starlight)
  const perQuery = search.queries.map((query, i) => {
    const o = search.ours[i]!
    const s = search.starlight[i]!
    return `| ${query} | ${o.ms.toFixed(0)} | ${kb(o.bytes)} | ${o.requests} | ${s.ms.toFixed(0)} | ${kb(s.bytes)} | ${s.requests} | ${ratio(o.ms, s.ms)} |`
  })
  const where = (results: ColdFirstResult[]) => {
    const byKind = new Map<string, { bytes: number; requests: number }>()
    for (const { path, bytes } of results[0]?.log ?? []) {
      const kind = path.replace(/^\/pagefind\//, '').replace(/(fragment|index|filter)\/.*$/, '$1/…').replace(/\.en_[0-9a-f]+\./, '.…')
      const seen = byKind.get(kind) ?? { bytes: 0, requests: 0 }
      byKind.set(kind, { bytes: seen.bytes + bytes, requests: seen.requests + 1 })
    }
    return [...byKind].map(([kind, { bytes, requests }]) => `${kind} ${kb(bytes)} KB${requests > 1 ? ` (${requests})` : ''}`).join(', ')
  }

  return `## Against Starlight at ${entries.toLocaleString('en-US')} entries

Measured by \`pnpm bench:site\` on ${context.date} (${context.machine}); load average at the end of
the run ${context.load}. The same library (the real one plus synthetic scripts) is seeded for the
site and written as Starlight content (bench/starlight/, \`@astrojs/starlight\` with its defaults):
one Markdown page per entry page, at the same path, with the entry's title and the text of its
Markdown twin (${builds.starlightPages} pages with Starlight's home page).

### Full build

Wall time of a full build, Astro's caches cleared and pending disk writes flushed before each
(ours: its build cache cleared too, so every page is rendered); ${builds.ours.length} rounds, the three
builds interleaved in each, ours first in odd rounds and last in even ones. Ours is
\`buildSite\` as the site worker runs it: the CMS already open and serving the published library,
and the build process (which imports Astro once) started before the rounds, as the worker starts
both when it starts; its first round is that process's first build, with no live build whose
compressed copies it could reuse. It writes what the worker publishes: Astro renders every page
and Markdown twin, \`kb.json\`, \`llms.txt\`; Pagefind indexes; the search vocabulary; brotli and
gzip copies for the static server. Starlight is \`astro build\` started with Node and Astro's own
bin (Astro renders every page, Pagefind indexes, sitemap), once with its default sidebar (every
page listed on every page) and once with \`sidebar: []\`.

| build | runs s | median s | × Starlight default |
| --- | --- | ---: | ---: |
${row('ours', builds.ours)}
${row('Starlight, default sidebar', builds.starlight)}
${row('Starlight, empty sidebar', builds.starlightEmptySidebar)}

Goal (issue 12): at most ${BUILD_GOAL}× a default Starlight build: ${ratio(ours, starlight)}×, ${met(ours <= BUILD_GOAL * starlight)}
(${ratio(ours, empty)}× Starlight with an empty sidebar).

### First result, cold

Both builds are served by the site's own static server on loopback ports, each from a process of
its own (not the benchmark's, whose browser driver would delay its answers). For each query, in a
fresh browser context (empty cache) at 1280×800, headless Chromium opens the page and waits for the
network to go idle; ours is the search page (\`/search/\`, the box focused on arrival, the search
loading once the browser is idle after arrival), Starlight's is its home page, where its button
opens the search dialog (Pagefind's default UI, which starts loading when the dialog opens). The
query is typed at once. "ms" runs from the query's first keydown to the first result with its title
in the page (by the page's clock; it includes each UI's pause in typing: ours 50 ms, Pagefind UI's
300 ms); "KB" and "req" count the responses (bodies as sent, plus headers) of the requests for the
search started from the first step towards search (Starlight: opening the dialog; ours: arriving,
requests under \`/pagefind/\` only) until that result showed, Pagefind's worker included where it
has one (ours searches in the page). Each query is measured three times
on each side, alternating which goes first, and its median sample is shown. One search on each
side comes first and is not counted: a fresh browser's first page pays for starting its processes.

| query | ours ms | ours KB | ours req | Starlight ms | Starlight KB | Starlight req | × time |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${perQuery.join('\n')}
| **median** | **${a.ms.toFixed(0)}** | **${kb(a.bytes)}** | **${a.requests}** | **${b.ms.toFixed(0)}** | **${kb(b.bytes)}** | **${b.requests}** | **${ratio(a.ms, b.ms)}** |

Goal (issue 9): at most ${FIRST_RESULT_GOAL}× Starlight's time and no more bytes: time ${ratio(a.ms, b.ms)}×, ${met(a.ms <= FIRST_RESULT_GOAL * b.ms)};
bytes ${ratio(a.bytes, b.bytes)}×, ${met(a.bytes <= b.bytes)}.

Where the bytes went for "${search.queries[0]}": ours ${where(search.ours)}; Starlight ${where(search.starlight)}.
`
}
