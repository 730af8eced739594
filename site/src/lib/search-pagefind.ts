/**
 * Loads Pagefind's browser API from the generated bundle, once, on first use: pages pay nothing
 * for search until the agent reaches for it. Types cover only what the search UI uses.
 */

import { SEARCH_RANKING } from './search-ranking.ts'

/** Where the integration writes the bundle (`<outDir>/pagefind/`). */
const BUNDLE_URL = '/pagefind/pagefind.js'


export type FilterCounts = Record<string, Record<string, number>>

export interface PagefindResultData {
  url: string
  /** The page's indexed text, as one string. */
  content: string
  excerpt: string
  meta: Record<string, string | undefined>
  filters: Record<string, string[]>
}

export interface PagefindResult {
  id: string
  score: number
  data: () => Promise<PagefindResultData>
}

export interface PagefindSearch {
  results: PagefindResult[]
  unfilteredResultCount: number
  /** For each filter value, how many of these results have it. */
  filters: FilterCounts
  totalFilters: FilterCounts
}

export interface PagefindApi {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindSearch | null>
  /** Every filter value in the index with its number of pages. */
  filters: () => Promise<FilterCounts>
}

let loading: Promise<PagefindApi> | undefined

/** The initialised Pagefind API; a failed load is retried on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ BUNDLE_URL)) as PagefindApi
    await pagefind.options({ ranking: SEARCH_RANKING })
    await pagefind.init()
    // Loads the filter chunks: until then, searches come back without filter counts.
    await pagefind.filters()
    return pagefind
  })()
  loading.catch(() => { loading = undefined })
  return loading
}
