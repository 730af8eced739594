/**
 * The scripts list filter behind `/scripts/`: hides the cards (and stage groups) that do not fit
 * the chosen situation, stage and channel, counts each option, announces how many scripts show,
 * and keeps the choice in the address bar so a filtered list can be shared and survives Back.
 */
import {
  BROWSE_FILTERS, browseCounts, browseItemOf, browseMatches, browseParamsOf, readBrowseChoice, scriptCountText,
  type BrowseChoice, type BrowseFilter,
} from './search-browse.ts'

export function mountBrowse(form: HTMLFormElement): void {
  const selects = new Map<BrowseFilter, HTMLSelectElement>(
    BROWSE_FILTERS.map((name) => [name, form.querySelector<HTMLSelectElement>(`[data-browse-filter="${name}"]`)!]),
  )
  const count = document.querySelector<HTMLElement>('[data-browse-count]')!
  const empty = document.querySelector<HTMLElement>('[data-browse-empty]')
  const groups = [...document.querySelectorAll<HTMLElement>('[data-browse-group]')]
  const cards = groups
    .flatMap((group) => [...group.querySelectorAll<HTMLLIElement>('li[data-stage]')])
    .map((card) => ({ card, item: browseItemOf(card.dataset) }))
  const items = cards.map(({ item }) => item)

  const chosen = (): BrowseChoice => ({
    situation: selects.get('situation')!.value,
    stage: selects.get('stage')!.value,
    channel: selects.get('channel')!.value,
  })

  const apply = () => {
    const choice = chosen()
    let shown = 0
    for (const { card, item } of cards) {
      card.hidden = !browseMatches(item, choice)
      if (!card.hidden) shown++
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-stage]:not([hidden])')
    for (const [name, select] of selects) {
      const counts = browseCounts(items, choice, name)
      for (const option of select.options) {
        if (option.value) option.textContent = `${option.dataset.label} (${counts.get(option.value) ?? 0})`
      }
    }
    count.textContent = scriptCountText(shown)
    if (empty) empty.hidden = shown > 0
    const params = browseParamsOf(choice).toString()
    history.replaceState(history.state, '', `${location.pathname}${params ? `?${params}` : ''}${location.hash}`)
  }

  const initial = readBrowseChoice(new URLSearchParams(location.search))
  for (const [name, select] of selects) {
    if ([...select.options].some((option) => option.value === initial[name])) select.value = initial[name]
  }
  form.addEventListener('change', apply)
  // "Show all" is a reset button: the form resets the selects first, then the list follows.
  form.addEventListener('reset', () => setTimeout(apply))
  form.addEventListener('submit', (event) => event.preventDefault())
  form.hidden = false
  apply()
}
