/**
 * `pnpm bench:mcp`: how fast the MCP server answers over Streamable HTTP on loopback, at the real
 * library: seeds a throwaway SQLite database from `content/library/`, builds the site (its
 * Pagefind index is what `search_knowledge` searches), serves the `/api/mcp` handler with Node's
 * HTTP server and drives it with the SDK's own client and a reader's API key. Times every labelled
 * query of bench/queries/search.yaml through `search_knowledge` (one warm-up, then the median of
 * three runs each) and a few entry tools; writes bench/mcp.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { checkLibrary, REPO_ROOT } from '@kb/content/files'
import { mcpHttpHandler } from '@kb/cms/mcp'
import { buildSite } from '@kb/cms/publishing'
import { openCms } from './open-cms.ts'
import { librarySize, seedDatabase } from './lib/bench-seed.ts'
import { readFileSync } from 'node:fs'
import { liveBuild } from '@kb/cms/publishing'
import { createSearch } from '../site/src/lib/search-engine.ts'
import { loadPagefindFrom } from '../site/src/lib/search-node.ts'
import { SEARCH_RANKING } from '../site/src/lib/search-ranking.ts'
import { VOCABULARY_FILE } from '../site/src/lib/search-vocabulary.ts'
import { searchSchema } from '../cms/src/mcp/output-schemas.ts'
import { readLabels } from './lib/search-labels.ts'
import { figuresOf, quantile, type QueryOutcome } from './lib/search-metrics.ts'
import { serveHandler } from './lib/serve-handler.ts'

const RUNS = 3
const API_KEY = 'bench-reader-key-0123456789'
const dir = mkdtempSync(join(tmpdir(), 'kb-bench-mcp-'))
try {
  const library = checkLibrary().library
  console.log(`seeding ${librarySize(library)} entries and building the site…`)
  seedDatabase(dir, library)
  Object.assign(process.env, { DATABASE_URL: `file:${join(dir, 'kb.db')}`, KB_DATA_DIR: dir, KB_SITE_OUTPUT: join(dir, 'site') })
  await buildSite({ env: process.env, stamp: 'bench' })
  const payload = await openCms()
  await payload.create({ collection: 'users', data: { email: 'bench-reader@kb.test', password: 'bench-password-0123', role: 'reader', enableAPIKey: true, apiKey: API_KEY } })
  const { config } = payload
  const { url, server } = await serveHandler(mcpHttpHandler(Promise.resolve(config)))
  const client = new Client({ name: 'kb-bench', version: '1.0.0' })
  await client.connect(new StreamableHTTPClientTransport(new URL(`${url}/api/mcp`), { requestInit: { headers: { authorization: `users API-Key ${API_KEY}` } } }))

  /** Median wall time of RUNS calls after one warm-up, in milliseconds, and the last answer. */
  const timed = async (name: string, args: Record<string, unknown>): Promise<{ ms: number; structured: unknown }> => {
    await client.callTool({ name, arguments: args })
    const times: number[] = []
    let structured: unknown
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      const result = await client.callTool({ name, arguments: args })
      times.push(performance.now() - started)
      if (result.isError) throw new Error(`${name} ${JSON.stringify(args)} failed: ${JSON.stringify(result.content)}`)
      structured = result.structuredContent
    }
    return { ms: quantile(times, 0.5), structured }
  }
  const time = async (name: string, args: Record<string, unknown>) => (await timed(name, args)).ms
  // The site's search run directly on the same build, to check the MCP answers with the same hits in the same order.
  const live = liveBuild()!
  const site = createSearch(await loadPagefindFrom(live, { ranking: SEARCH_RANKING }), JSON.parse(readFileSync(join(live, 'pagefind', VOCABULARY_FILE), 'utf8')))
  const labels = readLabels()
  const search: number[] = []
  const outcomes: QueryOutcome[] = []
  let same = 0
  for (const label of labels) {
    const { ms, structured } = await timed('search_knowledge', { query: label.q })
    const hits = searchSchema.parse(structured).hits.map((hit) => ({ url: new URL(hit.url).pathname, title: hit.title }))
    const direct = (await site.search(label.q, { limit: 10 })).hits.map((hit) => hit.url)
    if (JSON.stringify(direct) === JSON.stringify(hits.map((hit) => hit.url))) same += 1
    search.push(ms)
    outcomes.push({ label, found: hits, total: hits.length, ms, cpuMs: 0 })
  }
  const figures = figuresOf(outcomes)
  const percent = (share: number) => `${Math.round(share * 100)}%`
  const situation = library.situations[0]!.slug
  const sop = library.sops[0]!.slug
  const entries = {
    get_situation_playbook: await time('get_situation_playbook', { slug: situation }),
    get_sop: await time('get_sop', { slug: sop }),
    next_sop_step: await time('next_sop_step', { slug: sop }),
    list_situations: await time('list_situations', {}),
  }
  const ms = (value: number) => `${Math.round(value)} ms`
  const report = [
    '# MCP server latency',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} by \`pnpm bench:mcp\` on ${process.platform}, ${cpus().length} cores, Node ${process.versions.node} ` +
      `(load average ${loadavg()[0]!.toFixed(1)} at the end): the real library (${librarySize(library)} entries), the \`/api/mcp\` handler ` +
      'served over HTTP on loopback, the SDK\'s client with a reader API key; each call is a whole HTTP round trip (API-key check, a stateless server, the tool).',
    '',
    `## search_knowledge (${labels.length} labelled queries from bench/queries/search.yaml, median of ${RUNS} warm runs each)`,
    '',
    '| median | p90 | max | target |',
    '| --- | --- | --- | --- |',
    `| ${ms(quantile(search, 0.5))} | ${ms(quantile(search, 0.9))} | ${ms(Math.max(...search))} | median under 100 ms |`,
    '',
    `Same top ten, in the same order, as the site's search on the same build: ${same} of ${labels.length} queries. ` +
      `Over MCP: success@1 ${percent(figures.success1)}, success@5 ${percent(figures.success5)}, MRR ${figures.mrr.toFixed(2)} ` +
      `(compare bench/search.md). "charged twice" answers ${outcomes.find((o) => o.label.q === 'charged twice')?.found[0]?.url ?? 'nothing'} first.`,
    '',
    '## Entry tools (median of 3 warm runs; each checks the published library for changes through the Local API, then answers from its cache)',
    '',
    '| tool | median |',
    '| --- | --- |',
    ...Object.entries(entries).map(([name, value]) => `| \`${name}\` | ${ms(value)} |`),
    '',
  ].join('\n')
  writeFileSync(join(REPO_ROOT, 'bench/mcp.md'), report)
  console.log(report)
  await client.close()
  server.close()
  await payload.destroy()
} finally {
  rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
