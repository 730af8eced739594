import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { searchEventBatchSchema, type SearchEvent } from '@kb/content'
import { searchFor, startBrowserSite, type BrowserSite } from '../helpers/browser.ts'
import { freePort } from '../helpers/free-port.ts'

let site: BrowserSite
let endpoint: Server
let copy: string
const contexts: BrowserContext[] = []
/** What the stand-in CMS endpoint received: each report's content type and body. */
const reports: { type: string; body: string }[] = []

/**
 * A beacon sent as a page unloads never reaches Playwright's request routing, so the search page
 * reports to a real stand-in endpoint on loopback instead: a copy of the fixture build whose
 * search page names it (the site server derives the page's CSP from that, as for the real CMS).
 */
beforeAll(async () => {
  site = await startBrowserSite()
  const port = await freePort()
  endpoint = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')))
    request.on('end', () => {
      reports.push({ type: request.headers['content-type'] ?? '', body })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => endpoint.listen(port, '127.0.0.1', resolve))
  copy = mkdtempSync(join(tmpdir(), 'kb-report-site-'))
  cpSync(site.dist, copy, { recursive: true })
  const page = join(copy, 'search', 'index.html')
  const html = readFileSync(page, 'utf8')
  expect(html).toContain('data-search-events="http://localhost:3000/api/search-events/report"')
  writeFileSync(page, html.replace('http://localhost:3000/api/search-events/report', `http://127.0.0.1:${port}/api/search-events/report`))
  site.serve(copy)
})
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close()
  reports.length = 0
})
afterAll(async () => {
  endpoint?.closeAllConnections()
  await new Promise((resolve) => endpoint?.close(resolve))
  await site?.close()
  if (copy) rmSync(copy, { recursive: true, force: true })
})

/** The search page, watched for CSP violations. */
async function open(path: string) {
  const context = await site.browser.newContext()
  contexts.push(context)
  const page = await context.newPage()
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text())
  })
  await page.goto(`${site.url}${path}`)
  return { page, violations }
}

const eventsOf = (report: { body: string }): SearchEvent[] => searchEventBatchSchema.parse(JSON.parse(report.body)).events

describe('reporting searches to the CMS', () => {
  it('sends nothing while the agent searches, then one beacon with both searches and the result opened when they leave the page', async () => {
    const { page, violations } = await open('/search/')
    await searchFor(page, 'xqzv blorf')
    await page.locator('[data-search-box]').press('Enter')
    await searchFor(page, 'late parcel')
    await page.locator('[data-search-box]').press('Enter')
    expect(reports).toHaveLength(0)
    const third = page.locator('li[data-search-result]').nth(2).locator('a').first()
    const href = await third.getAttribute('href')
    await third.click()
    await page.waitForURL(`${site.url}${href}`)
    await expect.poll(() => reports.length).toBe(1)
    const [nonsense, real] = eventsOf(reports[0]!)
    expect(nonsense).toMatchObject({ query: 'xqzv blorf', results: 0 })
    expect(nonsense!.opened).toBeUndefined()
    expect(real).toMatchObject({ query: 'late parcel', opened: { rank: 3, slug: href!.split('/')[2] } })
    expect(real!.results).toBeGreaterThanOrEqual(3)
    expect(reports[0]!.type).toMatch(/^text\/plain/)
    expect(violations).toEqual([])
  })

  it('sends what the agent typed with personal details already redacted', async () => {
    const { page } = await open('/search/')
    await searchFor(page, 'refund order 1234567')
    await page.locator('[data-search-box]').press('Enter')
    await page.goto(`${site.url}/about/`)
    await expect.poll(() => reports.length).toBe(1)
    expect(eventsOf(reports[0]!)[0]!.query).toBe('refund order [number]')
  })
})
