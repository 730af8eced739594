import { searchSite } from '../test/helpers/site-search.ts'
const site = process.argv[2] ?? 'http://127.0.0.1:4455'
for (const q of ['charged twice', 'refund', 'manager']) {
  const hits = await searchSite(site, q)
  console.log(q, '=>', hits.slice(0, 4).map((h) => h.url).join('  '))
}
// As the client does, with ranking.metaWeights set
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
const dir = mkdtempSync(join(tmpdir(), 'pf-'))
const file = join(dir, 'pagefind.mjs')
writeFileSync(file, await (await fetch(`${site}/pagefind/pagefind.js`)).text())
const pf = await import(pathToFileURL(file).href)
await pf.options({ basePath: `${site}/pagefind/`, baseUrl: '/', ranking: { metaWeights: { title: 5, aliases: 5 } } })
await pf.init()
for (const q of ['charged twice', 'refund', 'manager']) {
  const { results } = await pf.search(q)
  const d = await Promise.all(results.slice(0, 4).map((r: any) => r.data()))
  console.log('[client ranking]', q, '=>', d.map((h: any) => h.url).join('  '), results.slice(0,4).map((r: any) => r.score.toFixed(2)).join(' '))
}
rmSync(dir, { recursive: true, force: true })
