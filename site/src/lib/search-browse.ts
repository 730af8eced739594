/**
 * Client-side filtering of the scripts list (`/scripts/`) by situation, stage and channel, over the
 * `data-situations`, `data-stage` and `data-channels` attributes ScriptCard puts on each item.
 * Pure, so the page script and the tests share it.
 */

export const BROWSE_FILTERS = ['situation', 'stage', 'channel'] as const
export type BrowseFilter = (typeof BROWSE_FILTERS)[number]

/** The value chosen for each filter (a slug or vocabulary value); empty means any. */
export type BrowseChoice = Record<BrowseFilter, string>

export interface BrowseItem {
  situations: string[]
  stage: string
  channels: string[]
}

const words = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean)

/** Reads a script card's data attributes (`el.dataset`). */
export function browseItemOf(dataset: { situations?: string; stage?: string; channels?: string }): BrowseItem {
  return { situations: words(dataset.situations), stage: dataset.stage ?? '', channels: words(dataset.channels) }
}

/** Whether a script fits every chosen filter, optionally ignoring one (to count that filter's options). */
export function browseMatches(item: BrowseItem, choice: BrowseChoice, without?: BrowseFilter): boolean {
  return (
    (without === 'situation' || !choice.situation || item.situations.includes(choice.situation)) &&
    (without === 'stage' || !choice.stage || item.stage === choice.stage) &&
    (without === 'channel' || !choice.channel || item.channels.includes(choice.channel))
  )
}

/** How many scripts would show for each value of a filter, given the other filters. */
export function browseCounts(items: BrowseItem[], choice: BrowseChoice, filter: BrowseFilter): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items) {
    if (!browseMatches(item, choice, filter)) continue
    const values = filter === 'situation' ? item.situations : filter === 'stage' ? [item.stage] : item.channels
    for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  }
  return counts
}

export function readBrowseChoice(params: URLSearchParams): BrowseChoice {
  return { situation: params.get('situation') ?? '', stage: params.get('stage') ?? '', channel: params.get('channel') ?? '' }
}

/** The address-bar form of the chosen filters, leaving out those set to any. */
export function browseParamsOf(choice: BrowseChoice): URLSearchParams {
  const params = new URLSearchParams()
  for (const name of BROWSE_FILTERS) if (choice[name]) params.set(name, choice[name])
  return params
}

export function scriptCountText(count: number): string {
  return `${count} ${count === 1 ? 'script' : 'scripts'}`
}
