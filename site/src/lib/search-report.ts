/**
 * Reports settled searches to the CMS (issue 13.3), for the editors' search analytics: the query
 * (personal details redacted here already, and again by the CMS), how many results it had, the
 * entry shown first, the result the agent opened and its rank, and any correction or fallback.
 * Nothing is sent while the agent works: searches are batched and sent with `sendBeacon` when the
 * page hides (the agent opens a result, switches tab, closes it), or once a batch is full.
 * The shape is `searchEventBatchSchema` in content/src/search-events.ts.
 */
import { redactQuery } from '@kb/content/redact-query'
import type { SearchAnswer } from './search-engine.ts'

/** A query counts as settled once its answer has stayed on screen this long (typing on replaces it), or at once on Enter or an opened result. */
export const SETTLE_MS = 1_500
/** As content/src/search-events.ts: the longest query kept and the most events per report. */
const QUERY_MAX = 200
const EVENTS_MAX = 20

type EntryType = 'script' | 'strategy' | 'sop' | 'situation'
const TYPE_OF_FOLDER: Record<string, EntryType> = { scripts: 'script', strategies: 'strategy', sops: 'sop', situations: 'situation' }

export interface EntryRef {
  entryType: EntryType
  slug: string
}

/** One settled search, as the CMS takes it. */
export interface SettledSearch {
  query: string
  results: number
  top?: EntryRef
  opened?: EntryRef & { rank: number }
  correctedTo?: string
  fallback?: 'closest' | 'browse'
  verbatim?: boolean
}

/** The entry page a link points to (`/sops/late-parcel-call/`), or undefined for any other page. */
export function entryOfUrl(href: string, base: string): EntryRef | undefined {
  const [, folder, slug] = /^\/([a-z]+)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/$/.exec(new URL(href, base).pathname) ?? []
  const entryType = folder ? TYPE_OF_FOLDER[folder] : undefined
  return entryType && slug ? { entryType, slug } : undefined
}

const cut = (text: string) => redactQuery(text).slice(0, QUERY_MAX)

/** What one answer says for the report: counts, the first entry, what the search changed and what it offered instead. */
export function settledSearch(query: string, answer: Pick<SearchAnswer, 'total' | 'hits' | 'report' | 'closest'>, verbatim: boolean, base: string): SettledSearch {
  const { report } = answer
  const changed = report.corrected.length > 0 || report.dropped.length > 0
  const top = answer.hits[0] && entryOfUrl(answer.hits[0].url, base)
  const fallback = answer.closest.length > 0 ? 'closest' : answer.total === 0 ? 'browse' : undefined
  return {
    query: cut(query),
    results: answer.total,
    ...(top ? { top } : {}),
    ...(changed && report.searchedFor.trim() ? { correctedTo: cut(report.searchedFor) } : {}),
    ...(fallback ? { fallback } : {}),
    ...(verbatim ? { verbatim } : {}),
  }
}

export interface SearchReporter {
  /** A new answer is on screen; it settles after SETTLE_MS unless another replaces it first. */
  answered: (search: SettledSearch) => void
  /** The agent pressed Enter: the answer on screen is settled now. */
  settle: () => void
  /** The agent opened the result at `rank` (1-based) linking to `href`. */
  opened: (rank: number, href: string) => void
  /** Sends what has settled (the page is hiding). */
  flush: () => void
}

/** True when `next` is `previous` again (new filters) or `previous` with its last word finished (`ref` → `refund`). */
function continues(previous: string, next: string): boolean {
  const [before, after] = [previous.toLowerCase(), next.toLowerCase()]
  return after.startsWith(before) && (after.length === before.length || /\S/.test(after[before.length]!))
}

/**
 * Collects settled searches and sends them to `endpoint` with `send` (`navigator.sendBeacon`:
 * a JSON string goes as text/plain, which needs no CORS preflight and outlives the page).
 * A repeated query (new filters), or one whose last word was still being typed, replaces its
 * unsent entry rather than counting twice.
 */
export function searchReporter(endpoint: string, send: (url: string, body: string) => boolean, base: string, settleMs = SETTLE_MS): SearchReporter {
  let batch: SettledSearch[] = []
  let pending: SettledSearch | undefined
  let timer: ReturnType<typeof setTimeout> | undefined

  const flush = () => {
    settle()
    if (batch.length === 0) return
    const body = JSON.stringify({ events: batch })
    batch = []
    send(endpoint, body)
  }
  const settle = () => {
    clearTimeout(timer)
    if (!pending) return
    const last = batch.at(-1)
    if (last && !last.opened && continues(last.query, pending.query)) batch[batch.length - 1] = pending
    else batch.push(pending)
    pending = undefined
    if (batch.length >= EVENTS_MAX) flush()
  }
  return {
    answered(search) {
      clearTimeout(timer)
      pending = search
      timer = setTimeout(settle, settleMs)
    },
    settle,
    opened(rank, href) {
      settle()
      const last = batch.at(-1)
      const entry = entryOfUrl(href, base)
      if (last && !last.opened && entry) last.opened = { rank, ...entry }
    },
    flush,
  }
}

/**
 * Reports the searches of one search box (components/Search.astro) to the endpoint its root names
 * in `data-search-events`: results opened from its list (click, middle click) with their rank, and
 * a beacon whenever the page hides. Undefined when the page names no endpoint or the browser has
 * no `sendBeacon`.
 */
export function mountSearchReport(root: HTMLElement, list: HTMLElement): SearchReporter | undefined {
  const endpoint = root.dataset.searchEvents
  if (!endpoint || typeof navigator.sendBeacon !== 'function') return undefined
  const reporter = searchReporter(endpoint, (url, body) => navigator.sendBeacon(url, body), location.href)
  const open = (event: MouseEvent) => {
    const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[href]') : null
    const item = link?.closest('li')
    if (!link || !item || item.parentElement !== list) return
    reporter.opened(Array.prototype.indexOf.call(list.children, item) + 1, link.href)
  }
  list.addEventListener('click', open)
  list.addEventListener('auxclick', open)
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') reporter.flush()
  })
  addEventListener('pagehide', () => reporter.flush())
  return reporter
}
