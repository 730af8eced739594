/**
 * The search as you type behind components/Search.astro: loads the search when the agent reaches
 * for the box (lib/search-load.ts), searches on each pause in typing with the product search
 * (lib/search-engine.ts), says what it did to the query, offers a way on when nothing matched
 * well, and keeps the address bar in step so a search can be shared or returned to. The filters
 * sit folded in one row until opened, and their counts load only then: the first result needs
 * nothing but the word index (issue 9: first result, cold).
 * Settled searches are reported to the CMS when the page hides (lib/search-report.ts).
 */
import type { FilterCounts } from './search-pagefind.ts'
import type { SearchAnswer } from './search-engine.ts'
import { loadSearch, preloadWord, searchLive } from './search-load.ts'
import { hasFilters, noFilters, readSearchState, searchParamsOf, statusText, type ChosenFilters, type SearchState } from './search-query.ts'
import { renderNotice, renderWayOn, resultItem } from './search-render.ts'
import { mountSearchReport, settledSearch } from './search-report.ts'
import { whenIdle } from './when-idle.ts'

/**
 * Pause in typing before searching. Agents type about a key every 150 to 300 ms (40 to 80 words a
 * minute), so any pause shorter than that still searches after each key; it only spares the
 * bursts of a fast typist (and a pasted or autofilled query). A warm search takes a few
 * milliseconds (bench/search.md), so the pause is most of the wait for every result: kept short.
 */
const DEBOUNCE_MS = 50
/** Results rendered at a time; "More results" adds the next ones. */
const PAGE_SIZE = 10
/** Address-bar flag for "search instead for" the words as typed. */
const VERBATIM_PARAM = 'exact'

type FilterControl = HTMLInputElement | HTMLSelectElement


export function mountSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!
  const box = root.querySelector<HTMLInputElement>('[data-search-box]')!
  const panel = root.querySelector<HTMLDetailsElement>('[data-search-filters]')!
  const chosenSummary = panel.querySelector<HTMLElement>('[data-search-filters-chosen]')
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const notice = root.querySelector<HTMLElement>('[data-search-notice]')!
  const wayOn = root.querySelector<HTMLElement>('[data-search-way-on]')!
  const failure = root.querySelector<HTMLElement>('[data-search-error]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  const hint = root.querySelector<HTMLElement>('[data-search-hint]')
  const controls = [...root.querySelectorAll<FilterControl>('[data-filter]')]
  const reporter = mountSearchReport(root, list)
  const browse = [...failure.querySelectorAll<HTMLAnchorElement>('a')].map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' }))

  let timer: ReturnType<typeof setTimeout> | undefined
  /** Bumped by every search, so an answer that arrives after a newer question is dropped. */
  let generation = 0
  let answer: SearchAnswer | undefined
  let rendered = 0
  /** Set by "search instead for": the words as typed, until the agent types again. */
  let verbatim = new URLSearchParams(location.search).get(VERBATIM_PARAM) === '1'

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

  const addressOf = (state: SearchState, exact: boolean) => {
    const params = searchParamsOf(state)
    if (exact && state.query) params.set(VERBATIM_PARAM, '1')
    const query = params.toString()
    return `${location.pathname}${query ? `?${query}` : ''}`
  }

  const warm = () => void loadSearch().catch(() => undefined) // A failure is reported by the search that needs the index.

  /** Counts for the open filter panel: over the results shown, or over everything before a search. */
  const countFilters = async () => {
    if (!panel.open) return
    const asked = generation
    try {
      const counts = answer ? await answer.counts() : await (await (await loadSearch()).pagefind.filters()).filters()
      if (asked === generation && panel.open) showCounts(counts)
    } catch {
      // Counts are a help, not the search: the filters still work without them.
    }
  }

  /** The chosen filter values, on the folded panel's row. */
  const summarise = () => {
    if (!chosenSummary) return
    const values = Object.values(chosenFilters()).flat()
    chosenSummary.textContent = values.length > 0 ? `· ${values.join(', ')}` : ''
  }

  const search = async () => {
    clearTimeout(timer)
    const asked = ++generation
    const state = currentState()
    history.replaceState(history.state, '', addressOf(state, verbatim))
    summarise()
    if (!state.query && !hasFilters(state.filters)) {
      answer = undefined
      rendered = 0
      list.replaceChildren()
      more.hidden = true
      notice.hidden = true
      wayOn.hidden = true
      status.textContent = ''
      void countFilters()
      return
    }
    let found: SearchAnswer
    try {
      found = await searchLive(state.query, { filters: state.filters, limit: PAGE_SIZE, verbatim })
    } catch {
      if (asked !== generation) return
      failure.hidden = false
      status.textContent = 'Search is unavailable right now. Browse by situation, SOP, strategy or script instead.'
      return
    }
    if (asked !== generation) return
    failure.hidden = true
    answer = found
    rendered = found.hits.length
    list.replaceChildren(...found.hits.map(resultItem))
    more.hidden = rendered >= found.total
    renderNotice(notice, state.query, found.report, addressOf(state, true))
    renderWayOn(wayOn, found.closest, browse, found.total === 0 || found.closest.length > 0)
    status.textContent = statusText(state, found.total)
    if (state.query) reporter?.answered(settledSearch(state.query, found, verbatim, location.href))
    void countFilters()
  }

  const schedule = () => {
    clearTimeout(timer)
    timer = setTimeout(() => void search(), DEBOUNCE_MS)
  }

  box.addEventListener('input', () => {
    verbatim = false
    preloadWord(box.value)
    schedule()
  })
  // Load the search when the agent reaches for the box: not for the focus `autofocus` gives on arrival.
  for (const reach of ['keydown', 'pointerdown'] as const) box.addEventListener(reach, warm, { once: true })
  box.addEventListener('focus', () => { if (navigator.userActivation?.hasBeenActive ?? true) warm() })
  // A page opened only to search (`preload`, the search page) loads it once the page itself has.
  if (root.dataset.searchPreload !== undefined) whenIdle(warm)
  panel.addEventListener('change', () => void search())
  panel.addEventListener('toggle', () => void countFilters())
  notice.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-search-verbatim]')) return
    event.preventDefault()
    verbatim = true
    void search()
  })
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
    reporter?.settle()
    list.querySelector<HTMLAnchorElement>('a')?.focus()
  })
  more.addEventListener('click', async () => {
    if (!answer) return
    const start = rendered
    const next = await answer.more(start, PAGE_SIZE)
    rendered = start + next.length
    list.append(...next.map(resultItem))
    more.hidden = rendered >= answer.total
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
  // A search that arrives filtered shows its filters open.
  panel.open = hasFilters(initial.filters)
  summarise()
  panel.hidden = false
  if (hint) hint.hidden = false
  if (initial.query || hasFilters(initial.filters)) void search()
}
