import type { Page, Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeViolations, describeViolations, searchFor, startBrowserSite, type BrowserSite } from '../helpers/browser.ts'

/** What an entry page may transfer in HTML, CSS and JavaScript before search is used. */
const BUDGET_BYTES = 60 * 1024
const ENTRY_PAGES = {
  script: '/scripts/sorry-for-the-wait/',
  SOP: '/sops/late-parcel-call/',
  strategy: '/strategies/say-sorry/',
  situation: '/situations/late-parcel/',
} as const
const COUNTED = new Set(['document', 'stylesheet', 'script'])

let site: BrowserSite

beforeAll(async () => {
  site = await startBrowserSite()
})
afterAll(async () => {
  await site?.close()
})

/**
 * Opens a page in a fresh context (empty cache), hands it to `use`, then closes the context.
 * `bypassCSP` lets a test inject its own script (axe-core), which the site's Content-Security-Policy
 * rightly refuses; the pages' own scripts are checked under the policy by the other browser tests.
 */
async function withPage<T>(path: string, use: (page: Page) => Promise<T>, { bypassCSP = false } = {}): Promise<T> {
  const context = await site.browser.newContext({ bypassCSP })
  try {
    const page = await context.newPage()
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
    return await use(page)
  } finally {
    await context.close()
  }
}

describe('the weight of an entry page', () => {
  for (const [type, path] of Object.entries(ENTRY_PAGES)) {
    it(`loads no search asset and stays under 60 KB of HTML, CSS and JS on a ${type} page (${path})`, async () => {
      const context = await site.browser.newContext()
      try {
        const page = await context.newPage()
        const requests: Request[] = []
        page.on('requestfinished', (request) => requests.push(request))
        await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
        const urls = requests.map((request) => new URL(request.url()).pathname)
        expect(urls.filter((url) => url.startsWith('/pagefind/'))).toEqual([])
        let bytes = 0
        const counted: string[] = []
        for (const request of requests) {
          if (!COUNTED.has(request.resourceType())) continue
          const size = (await request.sizes()).responseBodySize
          bytes += size
          counted.push(`${request.resourceType()} ${new URL(request.url()).pathname} ${size}`)
        }
        console.log(`[budget] ${type} ${path}: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KB)\n  ${counted.join('\n  ')}`)
        expect(counted.some((line) => line.startsWith('document '))).toBe(true)
        expect(bytes, counted.join('\n')).toBeLessThan(BUDGET_BYTES)
      } finally {
        await context.close()
      }
    })
  }
})

/** The paths under /pagefind/ a page fetched once it settled, in a fresh context. */
async function searchFilesFetched(path: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await site.browser.newContext()
  try {
    const page = await context.newPage()
    const fetched: string[] = []
    page.on('requestfinished', (request) => fetched.push(new URL(request.url()).pathname))
    await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' })
    await act?.(page)
    return fetched.filter((url) => url.startsWith('/pagefind/'))
  } finally {
    await context.close()
  }
}

describe('when the search loads', () => {
  it('loads the search on the search page once the page is idle, before a key is pressed', async () => {
    const fetched = await searchFilesFetched('/search/')
    expect(fetched).toContain('/pagefind/pagefind.js')
    expect(fetched.some((url) => url.startsWith('/pagefind/kb-vocabulary'))).toBe(true)
  })

  it('loads nothing from /pagefind/ on the home page until the agent uses the box', async () => {
    expect(await searchFilesFetched('/')).toEqual([])
    const used = await searchFilesFetched('/', async (page) => {
      await page.keyboard.type('refund')
      await page.waitForSelector('li[data-search-result] a')
    })
    expect(used).toContain('/pagefind/pagefind.js')
  })
})

/** Each page type, and how to bring it into the state to check. */
const AXE_PAGES: { name: string; path: string; prepare?: (page: Page) => Promise<void> }[] = [
  { name: 'the home page', path: '/' },
  {
    name: 'the search page with results shown',
    path: '/search/',
    prepare: async (page) => {
      await searchFor(page, 'sorry')
      await page.locator('li[data-search-result]').first().waitFor()
    },
  },
  {
    name: 'the search page saying what it corrected',
    path: '/search/',
    prepare: async (page) => {
      await searchFor(page, 'parcl')
      await page.locator('[data-search-notice]:not([hidden])').waitFor()
    },
  },
  {
    name: 'the search page with nothing found and the way on',
    path: '/search/',
    prepare: async (page) => {
      await searchFor(page, 'xqzvwk')
      await page.locator('[data-search-way-on]:not([hidden])').waitFor()
    },
  },
  { name: 'a situation page', path: ENTRY_PAGES.situation },
  { name: 'a script page', path: ENTRY_PAGES.script },
  { name: 'a self-talk script page', path: '/scripts/after-the-call/' },
  { name: 'a light-humour script page', path: '/scripts/hold-music-smile/' },
  { name: 'an SOP page', path: ENTRY_PAGES.SOP },
  {
    name: 'an SOP page in guided mode',
    path: ENTRY_PAGES.SOP,
    prepare: async (page) => {
      await page.locator('button[data-guided-toggle]').click()
      await page.locator('li[data-guided-current]').waitFor()
    },
  },
  { name: 'a strategy page', path: ENTRY_PAGES.strategy },
  { name: 'the scripts browse page', path: '/scripts/' },
  { name: 'the SOP list', path: '/sops/' },
  { name: 'the about page', path: '/about/' },
]

describe('accessibility (axe-core, WCAG 2.x A and AA)', () => {
  for (const { name, path, prepare } of AXE_PAGES) {
    it(`finds no violations on ${name} (${path})`, async () => {
      const violations = await withPage(
        path,
        async (page) => {
          await prepare?.(page)
          return axeViolations(page)
        },
        { bypassCSP: true },
      )
      if (violations.length > 0) console.log(`[axe] ${path}${prepare ? ' (prepared)' : ''}:\n${describeViolations(violations)}`)
      expect(violations, describeViolations(violations)).toEqual([])
    })
  }
})
