import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { searchEventBatchSchema } from '@kb/content'
import { pagePolicy } from '../../scripts/lib/site-policy.ts'
import { entryOfUrl, searchReporter, settledSearch, SETTLE_MS, type SettledSearch } from '../../site/src/lib/search-report.ts'

const BASE = 'http://127.0.0.1:4321/search/?q=x'
const ENDPOINT = 'http://localhost:3000/api/search-events/report'
const report = { searchedFor: '', corrected: [], dropped: [], synonyms: [], intents: { say: false, self: false, humour: false } }
const hit = (url: string) => ({ url, title: 'T', type: 'SOP', excerpt: [] })

/** A reporter whose beacons land in `sent`, parsed and checked against the shape the CMS accepts. */
function reporter() {
  const sent: SettledSearch[][] = []
  const send = (url: string, body: string) => {
    expect(url).toBe(ENDPOINT)
    sent.push(searchEventBatchSchema.parse(JSON.parse(body)).events as SettledSearch[])
    return true
  }
  return { sent, reporter: searchReporter(ENDPOINT, send, BASE) }
}
const search = (query: string, results = 3): SettledSearch => ({ query, results })

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('what a settled search reports', () => {
  it('names the entry a result links to, and nothing for other pages', () => {
    expect(entryOfUrl('/sops/late-parcel-call/', BASE)).toEqual({ entryType: 'sop', slug: 'late-parcel-call' })
    expect(entryOfUrl('http://127.0.0.1:4321/scripts/own-the-delay/', BASE)).toEqual({ entryType: 'script', slug: 'own-the-delay' })
    expect(entryOfUrl('/situations/', BASE)).toBeUndefined()
    expect(entryOfUrl('/about/', BASE)).toBeUndefined()
  })

  it('redacts personal details before anything leaves the browser, and says what the search changed and offered', () => {
    const answer = { total: 0, hits: [], closest: [], report: { ...report, searchedFor: 'refund order', dropped: ['1234567'] } }
    expect(settledSearch('refund order 1234567', answer, false, BASE)).toEqual({ query: 'refund order [number]', results: 0, correctedTo: 'refund order', fallback: 'browse' })
  })

  it('reports the first result as the top entry and the closest situations as the fallback', () => {
    const answer = { total: 2, hits: [hit('/sops/refund/'), hit('/situations/late/')], closest: [{ title: 'Late', url: '/situations/late/', aliases: [] }], report }
    expect(settledSearch('refnd', answer, true, BASE)).toEqual({ query: 'refnd', results: 2, top: { entryType: 'sop', slug: 'refund' }, fallback: 'closest', verbatim: true })
  })
})

describe('batching searches until the page hides', () => {
  it('sends nothing while the agent works, then every settled search in one beacon', () => {
    const { sent, reporter: r } = reporter()
    r.answered(search('refund'))
    vi.advanceTimersByTime(SETTLE_MS)
    r.answered(search('angry caller'))
    vi.advanceTimersByTime(SETTLE_MS)
    expect(sent).toEqual([])
    r.flush()
    expect(sent).toEqual([[search('refund'), search('angry caller')]])
  })

  it('drops an answer replaced before it settled, and counts a word still being typed once', () => {
    const { sent, reporter: r } = reporter()
    r.answered(search('xq'))
    r.answered(search('late parcel'))
    vi.advanceTimersByTime(SETTLE_MS)
    r.answered(search('late parcel stu'))
    vi.advanceTimersByTime(SETTLE_MS)
    r.answered(search('late parcel stuck'))
    r.flush()
    expect(sent[0]!.map((event) => event.query)).toEqual(['late parcel', 'late parcel stuck'])
  })

  it('records the result opened and its rank on the search it came from', () => {
    const { sent, reporter: r } = reporter()
    r.answered(search('refund'))
    r.opened(3, 'http://127.0.0.1:4321/sops/refund-request/')
    r.flush()
    expect(sent).toEqual([[{ ...search('refund'), opened: { rank: 3, entryType: 'sop', slug: 'refund-request' } }]])
  })

  it('sends a full batch of 20 at once, and nothing when the page hides with nothing settled', () => {
    const { sent, reporter: r } = reporter()
    for (let i = 0; i < 20; i++) {
      r.answered(search(`query ${String.fromCharCode(97 + i)}`))
      r.settle()
    }
    expect(sent).toHaveLength(1)
    expect(sent[0]).toHaveLength(20)
    r.flush()
    expect(sent).toHaveLength(1)
  })
})

describe("the page's CSP", () => {
  it("lets the search box report to the CMS's origin without making it a form target", () => {
    const policy = pagePolicy(`<div class="search" data-search data-search-events="${ENDPOINT}"></div>`)
    expect(policy).toContain("connect-src 'self' http://localhost:3000")
    expect(policy).toContain("form-action 'self';")
  })
})
