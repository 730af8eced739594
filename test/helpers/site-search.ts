import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { SEARCH_RANKING } from '../../site/src/lib/search-ranking.ts'

export interface SearchHit {
  url: string
  meta: Record<string, string>
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (query: string, options?: Record<string, unknown>) => Promise<{ results: { data: () => Promise<SearchHit> }[] }>
  destroy?: () => Promise<void>
}

/**
 * Searches a served site the way its pages do: with the site's own generated `pagefind.js`,
 * fetched over HTTP and run in Node (Node has fetch and WebAssembly), reading the index from
 * the server. A fresh copy per call, so a rebuilt index is never masked by a cached module.
 */
export async function searchSite(siteUrl: string, query: string, filters?: Record<string, string[]>): Promise<SearchHit[]> {
  const response = await fetch(`${siteUrl}/pagefind/pagefind.js`)
  if (!response.ok) throw new Error(`the site has no search bundle (${response.status})`)
  const dir = mkdtempSync(join(tmpdir(), 'kb-pagefind-'))
  try {
    const file = join(dir, 'pagefind.mjs')
    writeFileSync(file, await response.text())
    const pagefind = (await import(pathToFileURL(file).href)) as PagefindModule
    // The same ranking options the site's search UI passes, so tests see the order agents see.
    await pagefind.options({ basePath: `${siteUrl}/pagefind/`, baseUrl: '/', ranking: SEARCH_RANKING })
    await pagefind.init()
    const { results } = await pagefind.search(query, filters ? { filters } : undefined)
    const hits = await Promise.all(results.slice(0, 10).map((result) => result.data()))
    await pagefind.destroy?.()
    return hits
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
