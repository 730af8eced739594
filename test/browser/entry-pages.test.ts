import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserSite, type BrowserSite } from '../helpers/browser.ts'

const SCRIPT = '/scripts/sorry-for-the-wait/'
const SOP = '/sops/late-parcel-call/'
const OUTCOME_NO = 'Give the new delivery date and close.'

let site: BrowserSite
const contexts: BrowserContext[] = []

beforeAll(async () => {
  site = await startBrowserSite()
})
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close()
})
afterAll(async () => {
  await site?.close()
})

async function open(path: string, options: { javaScriptEnabled?: boolean; clipboard?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true })
  contexts.push(context)
  if (options.clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url })
  const page = await context.newPage()
  await page.goto(`${site.url}${path}`)
  return page
}

const currentStep = (page: Page) => page.locator('li[data-guided-current]').getAttribute('data-step')

describe('a script page', () => {
  it('copies the line with the filled-in placeholders and shows the filled values in the line', async () => {
    const page = await open(SCRIPT, { clipboard: true })
    const form = page.locator('form[data-copy-line]')
    await form.locator('input[data-fill="customerName"]').fill('Ada')
    await form.locator('input[data-fill="orderNumber"]').fill('A-1234')
    const line = page.locator('blockquote.say')
    expect(await line.locator('span.placeholder[data-placeholder="customerName"]').textContent()).toBe('Ada')
    expect(await line.locator('span.placeholder[data-placeholder="orderNumber"]').textContent()).toBe('A-1234')
    expect(await line.textContent()).toBe("I'm sorry order A-1234 is late, Ada.")
    await form.getByRole('button', { name: 'Copy line' }).click()
    await page.locator('form[data-copy-line][data-copied]').waitFor({ state: 'attached' })
    const filled = "I'm sorry order A-1234 is late, Ada."
    expect(await page.locator('[data-copy-status]').textContent()).toBe('Copied.')
    expect(await form.getAttribute('data-copied')).toBe(filled)
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(filled)
  })
})

describe('the scripts browse page', () => {
  it('shows only the scripts for the chosen channel and counts them', async () => {
    const page = await open('/scripts/')
    const count = page.locator('[data-browse-count]')
    expect(await count.textContent()).toBe('4 scripts')
    await page.locator('select[data-browse-filter="channel"]').selectOption('email')
    await page.locator('[data-browse-count]', { hasText: '1 script' }).waitFor()
    const shown = page.locator('li[data-stage]:not([hidden]) a')
    expect(await shown.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/scripts/two-ways-forward/'])
    expect(await page.locator('li[data-stage][hidden]').count()).toBe(3)
    expect(new URL(page.url()).searchParams.get('channel')).toBe('email')
  })
})

describe('an SOP page in guided mode', () => {
  it('walks the "No" branch to its outcome, then after Start over the "Yes" branch to the offer and Back to the decision', async () => {
    const page = await open(SOP)
    const toggle = page.locator('button[data-guided-toggle]')
    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    expect(await currentStep(page)).toBe('apologize')
    expect(await page.locator('[data-guided-status]').textContent()).toBe('Step 1 of 4')
    await page.locator('button[data-guided-next]').click()
    expect(await currentStep(page)).toBe('check')
    await page.locator('button[data-guided-next]').click()
    expect(await currentStep(page)).toBe('lost')
    expect(await page.locator('li[data-step]:visible').count()).toBe(1)

    await page.locator('button[data-branch="No"]').click()
    const outcome = page.locator('[data-guided-outcome]')
    await outcome.waitFor({ state: 'visible' })
    expect(await outcome.getAttribute('hidden')).toBeNull()
    expect(await page.locator('[data-guided-outcome-text]').textContent()).toBe(OUTCOME_NO)
    expect(await page.locator('li[data-guided-current]').count()).toBe(0)

    await page.locator('button[data-guided-restart]').click()
    expect(await currentStep(page)).toBe('apologize')
    expect(await outcome.isHidden()).toBe(true)
    await page.locator('button[data-guided-next]').click()
    await page.locator('button[data-guided-next]').click()
    await page.locator('button[data-branch="Yes"]').click()
    expect(await currentStep(page)).toBe('offer')
    expect(await page.locator('li#step-offer').isVisible()).toBe(true)

    await page.locator('button[data-guided-back]').click()
    expect(await currentStep(page)).toBe('lost')
    expect(await page.locator('button[data-branch="Yes"]').isVisible()).toBe(true)
  })
})

describe('without JavaScript', () => {
  it('shows every SOP step as a list with branch links that move to the step', async () => {
    const page = await open(SOP, { javaScriptEnabled: false })
    const steps = page.locator('ol#sop-steps > li[data-step]')
    expect(await steps.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.step))).toEqual(['apologize', 'check', 'lost', 'offer'])
    for (const step of await steps.all()) expect(await step.isVisible()).toBe(true)
    expect(await page.locator('li#step-lost').textContent()).toContain(OUTCOME_NO)
    await page.locator('li#step-lost a[href="#step-offer"]').click()
    await page.waitForURL(/#step-offer$/)
    expect(new URL(page.url()).hash).toBe('#step-offer')
    expect(await page.locator('li#step-offer:target').count()).toBe(1)
    expect(await page.locator('figure[data-sop-diagram] svg').isVisible()).toBe(true)
  })

  it('does not show the guided-mode toggle on an SOP page, since it could not work', async () => {
    const page = await open(SOP, { javaScriptEnabled: false })
    const bar = page.locator('[data-guided-bar]')
    expect(await bar.getAttribute('hidden')).not.toBeNull()
    const display = await bar.evaluate((element) => getComputedStyle(element).display)
    expect(await page.locator('button[data-guided-toggle]').isVisible(), `[data-guided-bar][hidden] has display: ${display}`).toBe(false)
  })

  it('shows the script line, and no copy form', async () => {
    const page = await open(SCRIPT, { javaScriptEnabled: false })
    const line = page.locator('blockquote.say')
    expect(await line.isVisible()).toBe(true)
    expect(await line.textContent()).toBe("I'm sorry order {orderNumber} is late, {customerName}.")
    expect(await page.locator('form[data-copy-line]').isVisible()).toBe(false)
    expect(await page.getByRole('button', { name: 'Copy line' }).isVisible()).toBe(false)
  })

  it('says on the search page that search needs JavaScript, with links to the browse pages', async () => {
    const page = await open('/search/', { javaScriptEnabled: false })
    // Playwright's text selectors skip <noscript>, so the notice is found by its class.
    const notice = page.locator('.search-needs-js')
    expect(await notice.isVisible()).toBe(true)
    expect(await notice.textContent()).toContain('Search needs JavaScript')
    const links = await page.locator('.search-needs-js a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual(['/situations/', '/sops/', '/strategies/', '/scripts/'])
    expect(await page.locator('[data-search-filters]').isVisible()).toBe(false)
  })
})
