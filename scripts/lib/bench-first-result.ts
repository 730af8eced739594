import type { Browser, Page } from 'playwright-core'
import { TransferCounter } from './bench-search-timing.ts'

/** A search UI to measure: where it is, how it is opened, where one types and what a result is. */
export interface SearchTarget {
  name: string
  /** The page to open, absolute. */
  url: string
  /** What a user does before typing (e.g. click the button that opens a search dialog). */
  open?: (page: Page) => Promise<void>
  /** The search box, focused once `open` is done. */
  box: string
  /** A result with its title and link rendered (not a loading placeholder). */
  result: string
  /**
   * For a page that loads its search on arrival (ours: the search page preloads it when idle):
   * count the requests under this path from arrival instead of from `open` or the first keydown,
   * so what the search loaded before the agent typed is counted too.
   */
  searchFilesFromArrival?: string
}

export interface ColdFirstResult {
  /** From the first keydown of the query to the first `result` in the DOM, by the page's clock. */
  ms: number
  /** Bytes received (bodies as sent, plus headers) for requests started from `open` (or the first keydown) until the first result showed. */
  bytes: number
  requests: number
  /** Those requests, path and bytes, for reading where the bytes went. */
  log: { path: string; bytes: number }[]
}

/**
 * One cold search: a fresh browser context (empty cache) opens `target.url` and waits for the
 * network to go idle (what the page loads on arrival is not counted, but for the search files of a
 * page that preloads them: `searchFilesFromArrival`), then counts requests from the user's first
 * step towards search (`open`, else the first keydown), types `query` at once
 * and waits for the first rendered result. Throws when none appears within `timeoutMs`.
 */
export async function coldFirstResult(browser: Browser, target: SearchTarget, query: string, timeoutMs = 60_000): Promise<ColdFirstResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    const page = await context.newPage()
    const counter = new TransferCounter(context)
    if (target.searchFilesFromArrival) counter.start()
    await page.goto(target.url, { waitUntil: 'networkidle' })
    await page.evaluate((selector) => {
      const w = window as unknown as { __bench: { start?: number; first?: number } }
      w.__bench = {}
      document.addEventListener('keydown', () => { w.__bench.start ??= performance.now() }, { capture: true })
      new MutationObserver(() => {
        if (w.__bench.start !== undefined && w.__bench.first === undefined && document.querySelector(selector)) w.__bench.first = performance.now()
      }).observe(document.body, { childList: true, subtree: true, attributes: true })
    }, target.result)
    if (!target.searchFilesFromArrival) counter.start()
    await target.open?.(page)
    await page.focus(target.box)
    await page.keyboard.type(query)
    await page.waitForSelector(target.result, { timeout: timeoutMs })
    const marks = await page.evaluate(() => ({ ...(window as unknown as { __bench: { start?: number; first?: number } }).__bench, origin: performance.timeOrigin }))
    await counter.stop()
    if (marks.start === undefined || marks.first === undefined) throw new Error(`${target.name}: no result marks for "${query}"`)
    // Only what was asked for before the result showed: what the page does next is not the first result's cost.
    const firstAt = marks.origin + marks.first
    const prefix = target.searchFilesFromArrival
    const log = counter.log.filter((request) => request.startTime <= firstAt && (!prefix || request.path.startsWith(prefix))).map(({ path, bytes }) => ({ path, bytes }))
    return { ms: marks.first - marks.start, bytes: log.reduce((sum, request) => sum + request.bytes, 0), requests: log.length, log }
  } finally {
    await context.close()
  }
}

/**
 * The site's search page: its box is focused on arrival, results are `li[data-search-result]`. It
 * loads the search when the browser is idle after arrival (as Starlight's dialog does when it
 * opens), so its search files are counted from arrival.
 */
export const oursTarget = (origin: string): SearchTarget => ({
  name: 'ours',
  url: `${origin}/search/`,
  box: '[data-search-box]',
  result: 'li[data-search-result] a',
  searchFilesFromArrival: '/pagefind/',
})

/** Starlight's default search: a button opens a dialog with Pagefind's default UI in it. */
export const starlightTarget = (origin: string): SearchTarget => ({
  name: 'Starlight',
  url: `${origin}/`,
  // The button is enabled once Starlight's script has run; Pagefind's UI mounts when the browser is idle.
  open: async (page) => {
    await page.waitForSelector('#starlight__search input', { state: 'attached' })
    await page.click('button[data-open-modal]:not([disabled])')
  },
  box: '#starlight__search input',
  result: '.pagefind-ui__result-link',
})
