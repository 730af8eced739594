import type { Browser, BrowserContext, Page, Request } from 'playwright-core'

export interface FirstResult {
  /** From the first keydown to the first `li[data-search-result]` in the DOM, by the page's clock. */
  ms: number
  /** Wall clock around typing and waiting, from this process: a cross-check. */
  wallMs: number
  /** Bytes received (response body as sent, plus headers) for requests started while measuring. */
  bytes: number
  requests: number
  results: number
}

/**
 * Counts the bytes of requests that start between `start()` and `stop()`, waiting for those to
 * finish. Through Playwright's events rather than a page CDP session: those also see the requests
 * of Pagefind's Web Worker, which a page-level `Network.enable` does not.
 */
export class TransferCounter {
  private counting = false
  private pending = new Set<Request>()
  private bytes = 0
  private requests = 0
  /** Each counted request's path, bytes and start (ms since the epoch), in the order they finished. */
  readonly log: { path: string; bytes: number; startTime: number }[] = []
  private drained: (() => void) | undefined

  constructor(context: BrowserContext) {
    context.on('request', (request) => {
      if (!this.counting) return
      this.pending.add(request)
      this.requests += 1
    })
    const done = (request: Request, bytes: number) => {
      if (!this.pending.delete(request)) return
      this.bytes += bytes
      this.log.push({ path: new URL(request.url()).pathname, bytes, startTime: request.timing().startTime })
      if (this.pending.size === 0) this.drained?.()
    }
    context.on('requestfinished', (request) => {
      if (!this.pending.has(request)) return
      request.sizes().then(
        (sizes) => done(request, sizes.responseBodySize + sizes.responseHeadersSize),
        () => done(request, 0),
      )
    })
    context.on('requestfailed', (request) => done(request, 0))
  }

  start(): void {
    this.counting = true
    this.pending.clear()
    this.bytes = 0
    this.requests = 0
    this.log.length = 0
  }

  async stop(timeoutMs = 5_000): Promise<{ bytes: number; requests: number }> {
    this.counting = false
    if (this.pending.size > 0) {
      await Promise.race([
        new Promise<void>((resolve) => (this.drained = resolve)),
        new Promise((resolve) => setTimeout(resolve, timeoutMs)),
      ])
      this.drained = undefined
    }
    return { bytes: this.bytes, requests: this.requests }
  }
}

/** Marks, in the page, the first keydown and the first rendered result after each `reset`. */
function installMarks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const w = window as unknown as { __bench: { start?: number; first?: number } }
    w.__bench = {}
    document.addEventListener('keydown', () => { w.__bench.start ??= performance.now() }, { capture: true })
    new MutationObserver(() => {
      if (w.__bench.start !== undefined && w.__bench.first === undefined && document.querySelector('li[data-search-result]')) {
        w.__bench.first = performance.now()
      }
    }).observe(document.body, { childList: true, subtree: true })
  })
}

async function typeAndWait(page: Page, counter: TransferCounter, query: string): Promise<FirstResult> {
  await page.evaluate(() => { (window as unknown as { __bench: object }).__bench = {} })
  counter.start()
  const wallStart = performance.now()
  await page.focus('[data-search-box]')
  await page.keyboard.type(query)
  await page.waitForFunction(
    (expected) => document.querySelector('[data-search-status]')?.textContent?.includes(expected) === true,
    `for “${query}”`,
    { timeout: 120_000, polling: 'raf' },
  )
  const wallMs = performance.now() - wallStart
  const transfer = await counter.stop()
  const marks = await page.evaluate(() => (window as unknown as { __bench: { start?: number; first?: number } }).__bench)
  const results = await page.locator('li[data-search-result]').count()
  if (marks.start === undefined || marks.first === undefined) throw new Error(`no result marks for "${query}"`)
  return { ms: marks.first - marks.start, wallMs, ...transfer, results }
}

/**
 * Opens the home page in a fresh browser context (empty cache), waits for it to settle, then types
 * `cold` into the search box and measures until the first result is rendered; then clears the box
 * and does the same for `warm` on the same page (Pagefind loaded, some index chunks cached).
 */
export async function measureSearch(browser: Browser, siteUrl: string, cold: string, warm: string): Promise<{ cold: FirstResult; warm: FirstResult }> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const counter = new TransferCounter(context)
    await page.goto(siteUrl, { waitUntil: 'networkidle' })
    await installMarks(page)
    const first = await typeAndWait(page, counter, cold)
    await page.fill('[data-search-box]', '')
    await page.waitForFunction(() => document.querySelectorAll('li[data-search-result]').length === 0, undefined, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    const second = await typeAndWait(page, counter, warm)
    return { cold: first, warm: second }
  } finally {
    await context.close()
  }
}
