import type { BrowserContext, Page, Request as BrowserRequest } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startBrowserSite, type BrowserSite } from '../helpers/browser.ts'

const SOP = '/sops/late-parcel-call/'
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

/**
 * Opens the SOP page with the CMS's feedback endpoint stood in for by `answer`, which sees each
 * post; the form's own `action` is the address intercepted, so the page posts where it would live.
 */
async function open(javaScriptEnabled: boolean, answer: (request: BrowserRequest) => { status: number; headers: Record<string, string>; body?: string }) {
  const context = await site.browser.newContext({ javaScriptEnabled })
  contexts.push(context)
  const posts: BrowserRequest[] = []
  await context.route(/\/api\/feedback\/submit$/, async (route) => {
    posts.push(route.request())
    await route.fulfill(answer(route.request()))
  })
  const page = await context.newPage()
  await page.goto(`${site.url}${SOP}`)
  return { page, posts }
}

async function giveFeedback(page: Page) {
  await page.getByLabel('Outdated').check()
  await page.getByLabel(/Anything the owner should know/).fill('The courier changed.')
  await page.getByRole('button', { name: 'Send feedback' }).click()
}

describe('"Did this help?" on an entry page', () => {
  it('works as a plain form post without JavaScript and shows the thanks the CMS sends the browser back to', async () => {
    const { page, posts } = await open(false, () => ({ status: 303, headers: { location: `${site.url}${SOP}#feedback-thanks` } }))
    expect(await page.locator('#feedback-thanks').isVisible()).toBe(false)
    await giveFeedback(page)
    await page.waitForURL(/#feedback-thanks$/)
    expect(posts).toHaveLength(1)
    expect(posts[0]!.method()).toBe('POST')
    expect(posts[0]!.headers()['content-type']).toBe('application/x-www-form-urlencoded')
    expect(Object.fromEntries(new URLSearchParams(posts[0]!.postData() ?? ''))).toEqual({
      entryType: 'sop', slug: 'late-parcel-call', verdict: 'outdated', comment: 'The courier changed.',
    })
    expect(await page.locator('#feedback-thanks').isVisible()).toBe(true)
  })

  it('posts in place with JavaScript and says thanks without leaving the page', async () => {
    const { page, posts } = await open(true, () => ({
      status: 201,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': site.url },
      body: JSON.stringify({ message: 'Thanks: your feedback goes to the entry’s owner.' }),
    }))
    await giveFeedback(page)
    await page.getByRole('status').filter({ hasText: 'Thanks: your feedback goes to the entry’s owner.' }).waitFor()
    expect(page.url()).toBe(`${site.url}${SOP}`)
    expect(posts[0]!.headers()['accept']).toBe('application/json')
  })

  it('says why when the CMS refuses, and keeps the form', async () => {
    const { page } = await open(true, () => ({
      status: 429,
      headers: { 'content-type': 'application/json', 'access-control-allow-origin': site.url },
      body: JSON.stringify({ errors: [{ message: 'Too much feedback from this address at once.' }] }),
    }))
    await giveFeedback(page)
    await page.locator('[data-feedback-status]', { hasText: 'Too much feedback' }).waitFor()
    expect(await page.getByRole('button', { name: 'Send feedback' }).isVisible()).toBe(true)
  })
})

describe('the review-due mark', () => {
  it('appears by itself once the review date has passed, even before the next build', async () => {
    const context = await site.browser.newContext()
    contexts.push(context)
    const page = await context.newPage()
    await page.clock.setFixedTime(new Date('2027-06-01T09:00:00Z'))
    await page.goto(`${site.url}${SOP}`)
    expect(await page.locator('p.verified .review-due').isVisible()).toBe(true)
    const current = await (await open(false, () => ({ status: 204, headers: {} }))).page.locator('p.verified .review-due').isVisible()
    expect(current).toBe(false)
  })
})
