/**
 * Pagefind's browser API as the search uses it, and its loading from the generated bundle: once,
 * on first use, so pages pay nothing for search until the agent reaches for it. Types cover only
 * what the search uses.
 */

import { fragmentData } from './search-fragments.ts'
import { SEARCH_RANKING } from './search-ranking.ts'

/** Where the integration writes the bundle (`<outDir>/pagefind/`). */
export const BUNDLE_PATH = '/pagefind/'

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
  /** For the module's default instance this only starts loading; an instance's `init` waits for it. */
  init: () => Promise<void>
  search: (term: string | null, options?: { filters?: object }) => Promise<PagefindSearch | null>
  /** Loads the index chunks a search for `term` needs, without searching. */
  preload?: (term: string) => Promise<void>
  /** Every filter value in the index with its number of pages. */
  filters: () => Promise<FilterCounts>
  destroy?: () => Promise<void>
}

/** The bundle's module: a default instance, and (Pagefind ≥ 1.4) separate instances. */
export interface PagefindModule extends PagefindApi {
  createInstance?: (options: Record<string, unknown>) => PagefindApi
}

/**
 * A loaded instance of a bundle with these options: its own instance when the bundle offers them,
 * else the module's default one. `init` only starts loading the index; a first call waits for the
 * load, so a failed load fails here, not later. Only an instance `forFilters` loads the filter
 * chunks: with them loaded, every search also counts filter values over all its results, five to
 * seven times the work on a 10,000-page index; the product search keeps one instance of each kind.
 */
export async function instanceOf(bundle: PagefindModule, options: Record<string, unknown>, { forFilters = false } = {}): Promise<PagefindApi> {
  const pagefind = bundle.createInstance ? bundle.createInstance(options) : bundle
  if (!bundle.createInstance) await pagefind.options(options)
  await pagefind.init()
  if (forFilters) await pagefind.filters()
  else await pagefind.search('')
  return pagefind
}

/**
 * Two instances of one index: one for word searches, one (loaded on first use) for filters; and,
 * where it is faster than each result's own `data()`, a loader of results' page data.
 */
export interface PagefindPair {
  terms: PagefindApi
  filters: () => Promise<PagefindApi>
  pageData?: (result: PagefindResult) => Promise<PagefindResultData>
}

/** Both instances of a bundle; the filter one loads when first asked for. */
export async function pairOf(bundle: PagefindModule, options: Record<string, unknown>): Promise<PagefindPair> {
  let filters: Promise<PagefindApi> | undefined
  return {
    terms: await instanceOf(bundle, options),
    filters: () => {
      filters ??= instanceOf(bundle, options, { forFilters: true })
      filters.catch(() => (filters = undefined))
      return filters
    },
  }
}

/**
 * An instance of the bundle's Pagefind API. A `version` goes into the module URL: a browser keeps
 * one module per URL, so a new version (after a rebuild) runs the new build's bundle instead of
 * the one loaded when the page opened.
 */
export async function loadPagefind(version?: string): Promise<PagefindPair> {
  const url = `${BUNDLE_PATH}pagefind.js${version ? `?v=${encodeURIComponent(version)}` : ''}`
  const bundle = (await import(/* @vite-ignore */ url)) as PagefindModule
  // In the page, not Pagefind's worker: the worker is one more file to fetch and start before the
  // index loads, and the first result came about a fifth sooner without it (bench/site.md). The
  // search work it would take off the page is small: 3 ms warm at the real library, 18 ms at
  // 10,000 entries (bench/search.md, measured in Node, where Pagefind has no worker either).
  const pair = await pairOf(bundle, { basePath: BUNDLE_PATH, ranking: SEARCH_RANKING, noWorker: true })
  return { ...pair, pageData: (result) => fragmentData(result, BUNDLE_PATH) }
}
