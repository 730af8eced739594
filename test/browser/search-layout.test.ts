import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openFilters, searchFor, startBrowserSite, type BrowserSite } from '../helpers/browser.ts'

/** A common laptop screen (issue 9: "at 1280×800 the first result is visible without scrolling"). */
const VIEWPORT = { width: 1280, height: 800 }

let site: BrowserSite
let context: BrowserContext
let page: Page
/** Paths of the requests the page made, in order. */
let requested: string[]

beforeAll(async () => {
  site = await startBrowserSite()
})
afterAll(async () => {
  await site?.close()
})
beforeEach(async () => {
  context = await site.browser.newContext({ viewport: VIEWPORT })
  page = await context.newPage()
  requested = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
})
afterEach(async () => {
  await context?.close()
})

const firstResult = () => page.locator('li[data-search-result]').first()

/** Whether the element's whole box lies inside the viewport, as the page sits without scrolling. */
async function inViewport(locator: ReturnType<Page['locator']>): Promise<boolean> {
  const box = await locator.boundingBox()
  const scrolled = await page.evaluate(() => window.scrollY)
  return box !== null && scrolled === 0 && box.y >= 0 && box.x >= 0 && box.y + box.height <= VIEWPORT.height && box.x + box.width <= VIEWPORT.width
}

describe('the search at 1280×800', () => {
  for (const path of ['/search/', '/']) {
    it(`shows the first result without scrolling on ${path}`, async () => {
      await page.goto(`${site.url}${path}`)
      await searchFor(page, 'late')
      await firstResult().waitFor()
      expect(await inViewport(firstResult())).toBe(true)
    })
  }

  it('keeps the filters folded in one row until they are opened', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'late')
    const panel = page.locator('[data-search-filters]')
    expect(await panel.locator('summary').isVisible()).toBe(true)
    expect(await page.locator('select[data-filter="stage"]').isVisible()).toBe(false)
    expect((await panel.boundingBox())!.height).toBeLessThan(48)
    await openFilters(page)
    expect(await page.locator('select[data-filter="stage"]').isVisible()).toBe(true)
  })

  it('loads no filter index for the first results, and loads the counts when the filters are opened', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'late')
    await firstResult().waitFor()
    expect(requested.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([])
    await openFilters(page)
    const count = page.locator('label:has(input[data-filter="type"][value="Script"]) [data-filter-count]')
    await expect.poll(() => count.textContent()).toMatch(/^\([1-9]\d*\)$/)
  })

  it('opens the filters, showing what is chosen, when a search arrives filtered', async () => {
    await page.goto(`${site.url}/search/?q=late&type=SOP`)
    await page.locator('[data-search-status]', { hasText: 'filtered by SOP' }).waitFor()
    expect(await page.locator('[data-search-filters]').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true)
    expect(await page.locator('[data-search-filters-chosen]').textContent()).toBe('· SOP')
  })
})
