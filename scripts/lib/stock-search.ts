/**
 * A stock client search to compare against: MiniSearch over every indexed page's title and text,
 * any word, fuzzy (a fifth of a word's letters may differ) and by prefix, titles boosted, as a
 * site would get from a fuzzy search library out of the box. Benchmark only.
 */
import MiniSearch from 'minisearch'
import type { Found } from './search-labels.ts'

export interface StockPage extends Found {
  text: string
}

export function stockSearch(pages: StockPage[]): (query: string) => Found[] {
  const index = new MiniSearch<StockPage & { id: number }>({ fields: ['title', 'text'], storeFields: ['url', 'title'] })
  index.addAll(pages.map((page, id) => ({ ...page, id })))
  return (query) =>
    index
      .search(query, { fuzzy: 0.2, prefix: true, combineWith: 'OR', boost: { title: 2 } })
      .map((result) => ({ url: String(result.url), title: String(result.title) }))
}
