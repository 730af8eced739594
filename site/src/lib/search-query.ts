/**
 * The state of a search (words and chosen filters), how it travels in the address bar, and how it
 * becomes Pagefind's filter object. Pure, so the home page, `/search/` and the tests share it.
 */

/** The filters the search offers, in display order: the `data-pagefind-filter` keys of EntryLayout. */
export const SEARCH_FILTERS = ['type', 'situation', 'stage', 'channel'] as const
export type FilterName = (typeof SEARCH_FILTERS)[number]

/** Entry types as EntryLayout writes them into the `type` filter and meta, most used mid-call first. */
export const ENTRY_TYPES = ['Situation', 'SOP', 'Strategy', 'Script'] as const

export type ChosenFilters = Record<FilterName, string[]>

export interface SearchState {
  query: string
  filters: ChosenFilters
}

/** Pagefind's filter object: an entry matches when it has any of the values chosen for each filter. */
export type PagefindFilters = Partial<Record<FilterName, { any: string[] }>>

export function noFilters(): ChosenFilters {
  return { type: [], situation: [], stage: [], channel: [] }
}

/** Reads `?q=…&type=…&situation=…`: what the form submits without JavaScript, and what the page writes back. */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = noFilters()
  for (const name of SEARCH_FILTERS) {
    filters[name] = [...new Set(params.getAll(name).map((value) => value.trim()).filter(Boolean))]
  }
  return { query: (params.get('q') ?? '').trim(), filters }
}

/** The address-bar form of a search, leaving out what is empty. */
export function searchParamsOf(state: SearchState): URLSearchParams {
  const params = new URLSearchParams()
  if (state.query.trim()) params.set('q', state.query.trim())
  for (const name of SEARCH_FILTERS) for (const value of state.filters[name]) params.append(name, value)
  return params
}

export function hasFilters(filters: ChosenFilters): boolean {
  return SEARCH_FILTERS.some((name) => filters[name].length > 0)
}

/** The chosen filters for Pagefind, optionally without one of them (to count that filter's values). */
export function pagefindFilters(filters: ChosenFilters, without?: FilterName): PagefindFilters {
  const result: PagefindFilters = {}
  for (const name of SEARCH_FILTERS) {
    if (name !== without && filters[name].length > 0) result[name] = { any: [...filters[name]] }
  }
  return result
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`

/** What the polite status region says after a search; empty when there is nothing to search for. */
export function statusText(state: SearchState, total: number): string {
  const chosen = SEARCH_FILTERS.flatMap((name) => state.filters[name])
  const filtered = chosen.length > 0 ? `, filtered by ${chosen.join(', ')}` : ''
  if (state.query) {
    if (total > 0) return `${plural(total, 'result', 'results')} for “${state.query}”${filtered}.`
    return chosen.length > 0
      ? `No results for “${state.query}”${filtered}. Try clearing the filters.`
      : `No results for “${state.query}”. Try other words, or browse by situation.`
  }
  if (chosen.length > 0) return `${plural(total, 'entry', 'entries')} ${filtered.slice(2)}.`
  return ''
}
