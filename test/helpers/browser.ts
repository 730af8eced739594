import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { chromium, type Browser, type Page } from 'playwright-core'

/** Debian's Chromium; the project never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium'

/** Headless Debian Chromium through playwright-core, with the flags this machine's closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)`)
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** Runs axe-core in the page against WCAG 2.0–2.2 A and AA rules; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))
  })
}

/** The fixture site, built from the CMS, served on loopback, with a Chromium to browse it. */
export interface BrowserSite {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string
  browser: Browser
  /** The build folder served at first: the run's shared fixture build, so never change it (copy it). */
  dist: string
  /** Serves another folder from now on, as the live link switching to a new build would. */
  serve: (dir: string) => void
  /** Closes the browser and the server. */
  close: () => Promise<void>
}

/**
 * Launches Chromium first (a missing browser fails fast, with `launchBrowser`'s message), then
 * serves the fixture site the run built once (fixture library with its planted drafts; see
 * fixture-site-setup.ts). Whatever was started is stopped again if a later step fails.
 */
export async function startBrowserSite(): Promise<BrowserSite> {
  const { fixtureSite } = await import('./fixture-site.ts')
  const { serveSite } = await import('../../scripts/lib/static-server.ts')
  const { freePort } = await import('./free-port.ts')
  const cleanups: (() => Promise<void> | void)[] = []
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  }
  try {
    const browser = await launchBrowser()
    cleanups.push(() => browser.close())
    const build = fixtureSite()
    let served = build.dist
    const server = serveSite(() => served)
    const port = await freePort()
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(port, '127.0.0.1', resolve)
    })
    cleanups.push(() => new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }))
    return { url: `http://127.0.0.1:${port}`, browser, dist: build.dist, serve: (dir) => void (served = dir), close }
  } catch (error) {
    await close()
    throw error
  }
}

/** Types a query into the page's search box and waits until the status reports the answer for it. */
export async function searchFor(page: Page, query: string): Promise<void> {
  await page.locator('[data-search-filters]:not([hidden])').waitFor()
  const box = page.locator('[data-search-box]')
  await box.fill('')
  await box.pressSequentially(query)
  await page.locator('[data-search-status]', { hasText: `for “${query}”` }).waitFor()
}

/** Opens the search's folded filter panel (a `<details>`), so its filters can be used. */
export async function openFilters(page: Page): Promise<void> {
  const panel = page.locator('[data-search-filters]:not([hidden])')
  if (!(await panel.evaluate((details) => (details as HTMLDetailsElement).open))) await panel.locator('summary').click()
}

/** Violations as one line each (rule, help, targets), for a failure message that says what to fix. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)
    .join('\n')
}
