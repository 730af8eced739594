import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createSearch, type SearchAnswer } from '../../site/src/lib/search-engine.ts'
import { pairOf, type PagefindModule } from '../../site/src/lib/search-pagefind.ts'
import { noFilters, SEARCH_FILTERS, type ChosenFilters } from '../../site/src/lib/search-query.ts'
import { SEARCH_RANKING } from '../../site/src/lib/search-ranking.ts'
import { VOCABULARY_FILE, type SearchVocabulary } from '../../site/src/lib/search-vocabulary.ts'

export interface SearchHit {
  url: string
  /** The result's title, type and (for a script) line, as the search page shows them. */
  meta: Record<string, string>
}

/**
 * Searches a served site the way its pages do: the product search (site/src/lib/search-engine.ts)
 * over the site's own generated `pagefind.js`, fetched over HTTP and run in Node, and the
 * vocabulary file built with it. A fresh copy per call, so a rebuilt index is never masked by a
 * cached module. Returns the first ten hits; `searchAnswer` gives the whole answer.
 */
export async function searchSite(siteUrl: string, query: string, filters?: Record<string, string[]>): Promise<SearchHit[]> {
  const answer = await searchAnswer(siteUrl, query, filters)
  return answer.hits.map((hit) => ({ url: hit.url, meta: { title: hit.title, type: hit.type, ...(hit.line ? { line: hit.line } : {}) } }))
}

export async function searchAnswer(siteUrl: string, query: string, filters?: Record<string, string[]>): Promise<SearchAnswer> {
  const response = await fetch(`${siteUrl}/pagefind/pagefind.js`)
  if (!response.ok) throw new Error(`the site has no search bundle (${response.status})`)
  const vocabulary = await fetch(`${siteUrl}/pagefind/${VOCABULARY_FILE}`)
  if (!vocabulary.ok) throw new Error(`the site has no search vocabulary (${vocabulary.status})`)
  const dir = mkdtempSync(join(tmpdir(), 'kb-pagefind-'))
  try {
    const file = join(dir, 'pagefind.mjs')
    writeFileSync(file, await response.text())
    // The same ranking options the site's search page passes, so tests see the order agents see.
    const pagefind = await pairOf((await import(pathToFileURL(file).href)) as PagefindModule, {
      basePath: `${siteUrl}/pagefind/`, baseUrl: '/', ranking: SEARCH_RANKING,
    })
    const chosen: ChosenFilters = noFilters()
    for (const name of SEARCH_FILTERS) chosen[name] = filters?.[name] ?? []
    const answer = await createSearch(pagefind, (await vocabulary.json()) as SearchVocabulary).search(query, { filters: chosen, limit: 10 })
    await pagefind.terms.destroy?.()
    await (await pagefind.filters()).destroy?.()
    return answer
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
