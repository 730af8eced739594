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
import { readLabels } from './lib/search-labels.ts'
import { quantile } from './lib/search-metrics.ts'
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

  /** Median wall time of RUNS calls after one warm-up, in milliseconds. */
  const time = async (name: string, args: Record<string, unknown>): Promise<number> => {
    await client.callTool({ name, arguments: args })
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now()
      const result = await client.callTool({ name, arguments: args })
      times.push(performance.now() - started)
      if (result.isError) throw new Error(`${name} ${JSON.stringify(args)} failed: ${JSON.stringify(result.content)}`)
    }
    return quantile(times, 0.5)
  }
  const labels = readLabels()
  const search: number[] = []
  for (const label of labels) search.push(await time('search_knowledge', { query: label.q }))
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
