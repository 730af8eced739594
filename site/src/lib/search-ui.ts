/**
 * The search as you type behind components/Search.astro: loads Pagefind when the agent reaches for
 * the box, searches on each pause in typing, counts filter values, renders results as text (never
 * as HTML) and keeps the address bar in step so a search can be shared or returned to.
 */
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResult, type PagefindResultData } from './search-pagefind.ts'
import {
  hasFilters, noFilters, pagefindFilters, readSearchState, SEARCH_FILTERS, searchParamsOf, statusText,
  type ChosenFilters, type SearchState,
} from './search-query.ts'
import { lineParts } from './placeholders.ts'
import { excerptParts } from './search-text.ts'

/** Pause in typing before searching. */
const DEBOUNCE_MS = 120
/** Results rendered at a time; "More results" adds the next ones. */
const PAGE_SIZE = 10

type FilterControl = HTMLInputElement | HTMLSelectElement

export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!
  const box = root.querySelector<HTMLInputElement>('[data-search-box]')!
  const panel = root.querySelector<HTMLElement>('[data-search-filters]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const failure = root.querySelector<HTMLElement>('[data-search-error]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  const hint = root.querySelector<HTMLElement>('[data-search-hint]')
  const controls = [...root.querySelectorAll<FilterControl>('[data-filter]')]

  let timer: ReturnType<typeof setTimeout> | undefined
  /** Bumped by every search, so an answer that arrives after a newer question is dropped. */
  let generation = 0
  let results: PagefindResult[] = []
  let rendered = 0

  const chosenFilters = (): ChosenFilters => {
    const filters = noFilters()
    for (const control of controls) {
      const name = control.dataset.filter as keyof ChosenFilters
      if (control instanceof HTMLInputElement ? control.checked : control.value) filters[name].push(control.value)
    }
    return filters
  }
  const currentState = (): SearchState => ({ query: box.value.trim(), filters: chosenFilters() })

  const showCounts = (counts: FilterCounts) => {
    for (const control of controls) {
      const values = counts[control.dataset.filter!] ?? {}
      if (control instanceof HTMLInputElement) {
        const count = control.closest('label')?.querySelector('[data-filter-count]')
        if (count) count.textContent = `(${values[control.value] ?? 0})`
      } else {
        for (const option of control.options) {
          if (option.value) option.textContent = `${option.dataset.label} (${values[option.value] ?? 0})`
        }
      }
    }
  }

  /** Counts for each filter's values as if that filter alone were unset, so choices within one filter add up. */
  const filterCounts = async (pagefind: PagefindApi, state: SearchState, found: FilterCounts): Promise<FilterCounts> => {
    const counts: FilterCounts = {}
    await Promise.all(SEARCH_FILTERS.map(async (name) => {
      if (state.filters[name].length === 0) { counts[name] = found[name] ?? {}; return }
      const others = pagefindFilters(state.filters, name)
      if (!state.query && Object.keys(others).length === 0) { counts[name] = (await pagefind.filters())[name] ?? {}; return }
      counts[name] = (await pagefind.search(state.query || null, { filters: others }))?.filters[name] ?? {}
    }))
    return counts
  }

  const writeAddress = (state: SearchState) => {
    const params = searchParamsOf(state).toString()
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}`)
  }

  const warm = async () => {
    try {
      const pagefind = await loadPagefind()
      const state = currentState()
      if (!state.query && !hasFilters(state.filters)) showCounts(await pagefind.filters())
    } catch {
      // Reported by the search that needs it.
    }
  }

  const search = async () => {
    clearTimeout(timer)
    const asked = ++generation
    const state = currentState()
    writeAddress(state)
    if (!state.query && !hasFilters(state.filters)) {
      results = []
      rendered = 0
      list.replaceChildren()
      more.hidden = true
      status.textContent = ''
      void warm()
      return
    }
    let pagefind: PagefindApi
    try {
      pagefind = await loadPagefind()
    } catch {
      if (asked !== generation) return
      failure.hidden = false
      status.textContent = 'Search is unavailable right now. Browse by situation, SOP, strategy or script instead.'
      return
    }
    failure.hidden = true
    const found = await pagefind.search(state.query || null, { filters: pagefindFilters(state.filters) })
    if (!found || asked !== generation) return
    const [counts, first] = await Promise.all([
      filterCounts(pagefind, state, found.filters),
      Promise.all(found.results.slice(0, PAGE_SIZE).map((result) => result.data())),
    ])
    if (asked !== generation) return
    results = found.results
    rendered = first.length
    list.replaceChildren(...first.map(resultItem))
    more.hidden = rendered >= results.length
    showCounts(counts)
    status.textContent = statusText(state, results.length)
  }

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void search(), DEBOUNCE_MS)
  }

  box.addEventListener('input', schedule)
  // Load Pagefind when the agent reaches for the box: not for the focus `autofocus` gives on arrival.
  for (const reach of ['keydown', 'pointerdown'] as const) box.addEventListener(reach, () => void warm(), { once: true })
  box.addEventListener('focus', () => { if (navigator.userActivation?.hasBeenActive ?? true) void warm() })
  panel.addEventListener('change', () => void search())
  root.querySelector('[data-search-clear]')?.addEventListener('click', () => {
    for (const control of controls) {
      if (control instanceof HTMLInputElement) control.checked = false
      else control.value = ''
    }
    void search()
  })
  form.addEventListener('submit', async (event) => {
    // Enter: search now and move to the first result, so a second Enter opens it.
    event.preventDefault()
    await search()
    list.querySelector<HTMLAnchorElement>('a')?.focus()
  })
  more.addEventListener('click', async () => {
    const start = rendered
    const next = await Promise.all(results.slice(start, start + PAGE_SIZE).map((result) => result.data()))
    rendered = start + next.length
    list.append(...next.map(resultItem))
    more.hidden = rendered >= results.length
    list.children[start]?.querySelector('a')?.focus()
  })

  // Restore a search from the address bar (`?q=` from the header form, a shared link, Back).
  const initial = readSearchState(new URLSearchParams(location.search))
  if (initial.query) box.value = initial.query
  for (const control of controls) {
    const chosen = initial.filters[control.dataset.filter as keyof ChosenFilters] ?? []
    if (control instanceof HTMLInputElement) control.checked = chosen.includes(control.value)
    else if (chosen[0] && [...control.options].some((option) => option.value === chosen[0])) control.value = chosen[0]
  }
  panel.hidden = false
  if (hint) hint.hidden = false
  if (initial.query || hasFilters(initial.filters)) void search()
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

/** One result: type, linked title, the line itself for a script, and the excerpt with matches marked. */
function resultItem(data: PagefindResultData): HTMLLIElement {
  const type = data.meta.type ?? ''
  const item = element('li', 'search-result')
  item.setAttribute('data-search-result', '')
  item.dataset.type = type
  item.append(element('p', 'result-type', type))
  const title = element('p', 'result-title')
  const link = element('a', '', data.meta.title ?? data.url)
  link.href = data.url
  title.append(link)
  item.append(title)
  if (data.meta.line) {
    const line = element('p', 'result-line')
    for (const part of lineParts(data.meta.line)) {
      line.append('placeholder' in part ? element('span', 'placeholder', `{${part.placeholder}}`) : part.text)
    }
    item.append(line)
  }
  const excerpt = element('p', 'result-excerpt')
  for (const part of excerptParts(data.excerpt)) excerpt.append(part.marked ? element('mark', '', part.text) : part.text)
  item.append(excerpt)
  return item
}
