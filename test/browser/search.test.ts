import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest'
import { readAgentVocabulary, REPO_ROOT } from '@kb/content/files'
import { indexSite } from '../../site/src/integrations/pagefind.ts'
import { openFilters, searchFor, startBrowserSite, type BrowserSite } from '../helpers/browser.ts'
import { PLANTED } from '../helpers/site-build.ts'

let site: BrowserSite
let context: BrowserContext
let page: Page

beforeAll(async () => {
  site = await startBrowserSite()
})
afterAll(async () => {
  await site?.close()
})
beforeEach(async () => {
  context = await site.browser.newContext()
  page = await context.newPage()
})
afterEach(async () => {
  await context?.close()
})

const results = () => page.locator('li[data-search-result]')
const resultHrefs = () => results().evaluateAll((items) => items.map((item) => item.querySelector('a')?.getAttribute('href') ?? ''))
const resultTypes = () => results().evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.type ?? ''))
const activeElementMatches = (selector: string) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)

describe('searching in the browser', () => {
  it('gives the search box on the home page focus on arrival', async () => {
    await page.goto(`${site.url}/`)
    expect(await activeElementMatches('[data-search-box]')).toBe(true)
  })

  it('shows the script "Sorry for the wait" first, with its line, for the query "sorry for the wait"', async () => {
    await page.goto(`${site.url}/`)
    await searchFor(page, 'sorry for the wait')
    const first = results().first()
    expect(await first.getAttribute('data-type')).toBe('Script')
    expect(await first.locator('a').first().getAttribute('href')).toBe('/scripts/sorry-for-the-wait/')
    expect(await first.locator('.result-line').textContent()).toBe("I'm sorry order {orderNumber} is late, {customerName}.")
    expect(await first.locator('.result-excerpt mark').count()).toBeGreaterThan(0)
    expect(new URL(page.url()).searchParams.get('q')).toBe('sorry for the wait')
  })

  it('moves focus to the first result link when Enter is pressed in the box', async () => {
    await page.goto(`${site.url}/`)
    await searchFor(page, 'sorry for the wait')
    await page.locator('[data-search-box]').press('Enter')
    await page.waitForFunction(() => document.activeElement?.closest('li[data-search-result]') !== null)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/scripts/sorry-for-the-wait/')
  })

  it('focuses the header search box when "/" is pressed on a script page', async () => {
    await page.goto(`${site.url}/scripts/sorry-for-the-wait/`)
    expect(await activeElementMatches('#site-search')).toBe(false)
    await page.keyboard.press('/')
    expect(await activeElementMatches('#site-search')).toBe(true)
    expect(await page.locator('#site-search').inputValue()).toBe('')
  })

  it('narrows the results to SOPs when the type filter "SOP" is ticked, and shows the counts', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'late')
    expect(new Set(await resultTypes()).size).toBeGreaterThan(1)
    await openFilters(page)
    await page.locator('input[data-filter="type"][value="SOP"]').check()
    await page.locator('[data-search-status]', { hasText: 'filtered by SOP' }).waitFor()
    expect(await resultTypes()).toEqual(['SOP'])
    expect(await resultHrefs()).toEqual(['/sops/late-parcel-call/'])
    const count = (type: string) => page.locator(`label:has(input[data-filter="type"][value="${type}"]) [data-filter-count]`).textContent()
    expect(await count('SOP')).toBe('(1)')
    // The other types count as if the type filter were unset, so they can be added.
    expect(await count('Script')).toMatch(/^\([1-9]\d*\)$/)
  })

  it('narrows the results to the matching script when stage "Resolve (options)" and channel "Email" are chosen', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'late')
    await openFilters(page)
    await page.locator('select[data-filter="stage"]').selectOption('Resolve (options)')
    await page.locator('[data-search-status]', { hasText: 'filtered by Resolve (options).' }).waitFor()
    await page.locator('select[data-filter="channel"]').selectOption('Email')
    await page.locator('[data-search-status]', { hasText: 'filtered by Resolve (options), Email.' }).waitFor()
    expect(await resultHrefs()).toContain('/scripts/two-ways-forward/')
    expect(await resultHrefs()).not.toContain('/scripts/sorry-for-the-wait/')
    const options = await page.locator('select[data-filter="channel"] option').allTextContents()
    expect(options).toContain(`Email (${(await resultHrefs()).length})`)
    expect(new URL(page.url()).searchParams.getAll('channel')).toEqual(['Email'])
  })

  it('finds the "Late parcel" situation first when its alias "where is my order" is typed', async () => {
    await page.goto(`${site.url}/`)
    await searchFor(page, 'where is my order')
    expect(await results().first().getAttribute('data-type')).toBe('Situation')
    expect((await resultHrefs())[0]).toBe('/situations/late-parcel/')
  })

  it('finds nothing for the word that only the draft script carries', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, PLANTED.draftScript.word)
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^No results for/)
    expect(await results().count()).toBe(0)
  })

  it('finds nothing for the word of an unpublished edit of a published strategy', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, PLANTED.editedStrategy.draftWord)
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^No results for/)
    expect(await results().count()).toBe(0)
  })
})

describe('searching in the words agents type', () => {
  const notice = () => page.locator('[data-search-notice]')

  it('corrects the typo "parcl", says "Showing results for parcel", and finds the Late parcel playbook', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'parcl')
    await expect.poll(() => notice().textContent()).toBe('Showing results for parcel · search instead for parcl')
    expect(await notice().locator('strong').textContent()).toBe('parcel')
    expect(await resultHrefs()).toContain('/situations/late-parcel/')
  })

  it('leaves a real word the library lacks out of the query, saying so, instead of correcting it into another word', async () => {
    await page.goto(`${site.url}/search/`)
    // "latest" is one typo away from the library's "late", and a word agents mean as typed.
    await searchFor(page, 'latest parcel')
    await expect.poll(() => notice().textContent()).toBe('Not in the knowledge base: latest')
    expect(await resultHrefs()).toContain('/situations/late-parcel/')
  })

  it('searches the words as typed after "search instead for"', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'parcl')
    await notice().locator('a[data-search-verbatim]').click()
    await page.waitForFunction(() => new URL(location.href).searchParams.get('exact') === '1')
    await expect.poll(() => notice().isHidden()).toBe(true)
  })

  it('finds the page for a query full of filler and words the library lacks', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'hi the customer wants to know where on earth their parcel went today')
    expect(await resultHrefs()).toContain('/situations/late-parcel/')
  })

  it('never shows the hidden alias list in an excerpt', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'where is my order')
    expect((await resultHrefs())[0]).toBe('/situations/late-parcel/')
    const excerpt = await results().first().locator('.result-excerpt').textContent()
    expect(excerpt).not.toContain('where is my order ·')
    expect(excerpt).not.toContain('Late parcel · where is my order')
  })

  it('offers the browse links instead of a dead end when nothing matches', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'xqzvwk')
    expect(await results().count()).toBe(0)
    const wayOn = page.locator('[data-search-way-on]')
    expect(await wayOn.isVisible()).toBe(true)
    expect(await wayOn.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining(['/situations/', '/scripts/']),
    )
  })

  it('keeps finding results in a page left open while two rebuilds replace the index it loaded', async () => {
    await page.goto(`${site.url}/search/`)
    await searchFor(page, 'sorry')
    expect(await results().count()).toBeGreaterThan(0)
    // Two rebuilds later: a new index (with a new word) is live, and the files the page loaded are gone.
    const rebuilt = mkdtempSync(join(tmpdir(), 'kb-search-rebuilt-'))
    try {
      cpSync(site.dist, rebuilt, { recursive: true })
      rmSync(join(rebuilt, 'pagefind'), { recursive: true, force: true })
      const entry = join(rebuilt, 'scripts/sorry-for-the-wait/index.html')
      writeFileSync(entry, readFileSync(entry, 'utf8').replace('<h1', '<p>Wombat words arrived with the rebuild.</p><h1'))
      await indexSite(rebuilt, readAgentVocabulary(REPO_ROOT))
      site.serve(rebuilt)
      await searchFor(page, 'parcel')
      expect(await resultHrefs()).toContain('/situations/late-parcel/')
      await searchFor(page, 'wombat')
      expect(await resultHrefs()).toEqual(['/scripts/sorry-for-the-wait/'])
    } finally {
      site.serve(site.dist)
      rmSync(rebuilt, { recursive: true, force: true })
    }
  })
})
