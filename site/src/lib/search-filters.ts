/**
 * Filters over any list of pages, for a search Pagefind cannot run in one go (any-words scoring
 * across several Pagefind searches): which pages have each filter value, from one filter-only
 * Pagefind search per value, kept for the life of the index. Counts each value as if its own
 * filter alone were unset, so choices within one filter add up.
 */
import type { FilterCounts, PagefindApi } from './search-pagefind.ts'
import { SEARCH_FILTERS, type ChosenFilters, type FilterName } from './search-query.ts'

export interface FilterIndex {
  /** A test for the pages that fit every chosen filter, optionally ignoring one. */
  passes: (filters: ChosenFilters, without?: FilterName) => Promise<(id: string) => boolean>
  /** For each filter value, how many of these pages have it and fit the other chosen filters. */
  counts: (ids: string[], filters: ChosenFilters) => Promise<FilterCounts>
}

/** `pagefind` gives the instance with filters loaded, loading it on first use. */
export function createFilterIndex(pagefind: () => Promise<PagefindApi>): FilterIndex {
  const valueIds = new Map<string, Promise<Set<string>>>()
  const idsWith = (name: string, value: string): Promise<Set<string>> => {
    const key = `${name}\u0000${value}`
    let ids = valueIds.get(key)
    if (!ids) {
      ids = pagefind()
        .then((instance) => instance.search(null, { filters: { [name]: { any: [value] } } }))
        .then((found) => new Set((found?.results ?? []).map((r) => r.id)))
      ids.catch(() => valueIds.delete(key))
      valueIds.set(key, ids)
    }
    return ids
  }

  const passes: FilterIndex['passes'] = async (filters, without) => {
    const tests = await Promise.all(
      SEARCH_FILTERS.filter((name) => name !== without && filters[name].length > 0).map(async (name) => {
        const sets = await Promise.all(filters[name].map((value) => idsWith(name, value)))
        return (id: string) => sets.some((set) => set.has(id))
      }),
    )
    return (id) => tests.every((test) => test(id))
  }

  const counts: FilterIndex['counts'] = async (ids, filters) => {
    const all = await (await pagefind()).filters()
    const counted: FilterCounts = {}
    for (const name of SEARCH_FILTERS) {
      const test = await passes(filters, name)
      const fitting = ids.filter(test)
      const values = Object.keys(all[name] ?? {})
      const sets = await Promise.all(values.map((value) => idsWith(name, value)))
      counted[name] = Object.fromEntries(values.map((value, i) => [value, fitting.filter((id) => sets[i]!.has(id)).length]))
    }
    return counted
  }

  return { passes, counts }
}
