/**
 * The product search end to end over an in-memory stand-in for Pagefind: what comes back for the
 * kinds of query that failed before (typo, filler, the customer's words, gibberish), filters and
 * their counts, paging, and the way on when nothing matches well.
 */
import { describe, expect, it } from 'vitest'
import { vocabularyOf } from '../../site/src/integrations/search-vocabulary.ts'
import { createSearch } from '../../site/src/lib/search-engine.ts'
import type { PagefindApi } from '../../site/src/lib/search-pagefind.ts'
import { noFilters } from '../../site/src/lib/search-query.ts'
import { dataOf, fakePagefind } from '../helpers/fake-pagefind.ts'
import { AGENT_VOCABULARY, PAGES } from '../fixtures/search/pages.ts'

const pagefind = fakePagefind(PAGES)
const engine = createSearch({ terms: pagefind, filters: async () => pagefind }, vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY))
const urls = async (query: string) => (await engine.search(query)).hits.map((hit) => hit.url)

describe('the product search', () => {
  it('finds the refund playbook for a typo and says what it searched for instead', async () => {
    const answer = await engine.search('refnd')
    expect(answer.hits[0]?.url).toBe('/situations/refund-request/')
    expect(answer.report.corrected).toEqual([{ from: 'refnd', to: 'refund' }])
    expect(answer.report.searchedFor).toBe('refund')
  })

  it('searches the words as typed when asked, without correcting them', async () => {
    const answer = await engine.search('refnd', { verbatim: true })
    expect(answer.report.corrected).toEqual([])
  })

  it('finds a page although the query has words no page has (filler never knocks it out)', async () => {
    expect((await urls('my customer keeps talking over me every single time'))[0]).toBe('/scripts/let-me-finish/')
  })

  it('finds the page for what the customer said through the synonyms', async () => {
    expect(await urls('you people are useless')).toContain('/scripts/no-reply-to-insults/')
  })

  it('starts loading the best pages\' data while it searches the synonyms, not after', async () => {
    // What a cold search waits for, in order: each Pagefind search, and each page's data.
    const events: string[] = []
    const base = fakePagefind(PAGES)
    const logged: PagefindApi = {
      ...base,
      search: async (term, options) => {
        events.push(`search ${term}`)
        const found = await base.search(term, options)
        return found && { ...found, results: found.results.map((result) => ({ ...result, data: () => (events.push(`data ${result.id}`), result.data()) })) }
      },
    }
    const search = createSearch({ terms: logged, filters: async () => logged }, vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY))
    await search.search('promised callback never came')
    const lastSearch = events.findLastIndex((event) => event.startsWith('search '))
    const firstData = events.findIndex((event) => event.startsWith('data '))
    expect(events.slice(0, lastSearch).filter((event) => event.startsWith('search ')).length).toBeGreaterThan(0)
    expect(firstData).toBeGreaterThanOrEqual(0)
    expect(firstData).toBeLessThan(lastSearch)
  })

  it('returns nothing for gibberish, and never sends an unknown word to the index', async () => {
    pagefind.searches.length = 0
    const answer = await engine.search('xqzvwk')
    expect(answer.total).toBe(0)
    expect(answer.report.dropped).toEqual(['xqzvwk'])
    expect(pagefind.searches).toEqual([])
  })

  it('never shows the hidden alias line in an excerpt', async () => {
    const [hit] = (await engine.search('money back')).hits
    expect(hit?.url).toBe('/situations/refund-request/')
    expect(hit?.excerpt.map((part) => part.text).join('')).not.toContain('money back · want a refund')
  })

  it('applies filters and counts each filter value as if its own filter were unset', async () => {
    const filters = { ...noFilters(), type: ['Script'] }
    const answer = await engine.search('customer call', { filters })
    expect(answer.hits.every((hit) => hit.type === 'Script')).toBe(true)
    const counts = await answer.counts()
    expect(counts.type?.Script).toBe(answer.total)
    expect(counts.type?.Situation).toBeGreaterThan(0)
  })

  it('lists every page with the chosen filters when there are no words', async () => {
    const answer = await engine.search('', { filters: { ...noFilters(), situation: ['Abusive customer'] } })
    expect(answer.hits.map((hit) => hit.url).sort()).toEqual(['/scripts/no-reply-to-insults/', '/situations/abusive-customer/'])
  })

  it('pages through the results with more()', async () => {
    const first = await engine.search('customer', { limit: 2 })
    const next = await first.more(2, 2)
    expect(first.hits).toHaveLength(2)
    expect(next.map((hit) => hit.url)).not.toContain(first.hits[0]!.url)
  })

  it('offers the closest situations when nothing matches well', async () => {
    const answer = await engine.search('supervisor will not ring back about xqzvwk paperwork')
    expect(answer.closest.map((s) => s.url)).toContain('/situations/manager-request/')
  })
})
