/**
 * The pure parts of the site's search and browse filters: address-bar state, Pagefind filter
 * objects, status wording, excerpt highlighting, a script line's placeholders, and the scripts list filter.
 */
import { describe, expect, it } from 'vitest'
import {
  browseCounts, browseItemOf, browseMatches, browseParamsOf, readBrowseChoice, scriptCountText,
} from '../../site/src/lib/search-browse.ts'
import {
  hasFilters, noFilters, pagefindFilters, readSearchState, searchParamsOf, statusText,
} from '../../site/src/lib/search-query.ts'
import { lineParts } from '../../site/src/lib/placeholders.ts'
import { excerptParts } from '../../site/src/lib/search-text.ts'

describe('search state in the address bar', () => {
  it('reads the query and repeated filter values, dropping blanks and duplicates', () => {
    const state = readSearchState(new URLSearchParams('q=+charged+twice+&type=Script&type=SOP&type=Script&situation=&stage=Listen'))
    expect(state).toEqual({
      query: 'charged twice',
      filters: { type: ['Script', 'SOP'], situation: [], stage: ['Listen'], channel: [] },
    })
  })

  it('writes back only what is set, and reads back the same state', () => {
    const state = { query: 'refund', filters: { ...noFilters(), situation: ['Billing error'], channel: ['In person'] } }
    const params = searchParamsOf(state)
    expect(params.toString()).toBe('q=refund&situation=Billing+error&channel=In+person')
    expect(readSearchState(params)).toEqual(state)
    expect(searchParamsOf({ query: '  ', filters: noFilters() }).toString()).toBe('')
  })
})

describe('Pagefind filters', () => {
  const filters = { ...noFilters(), type: ['Script', 'SOP'], stage: ['Listen'] }

  it('matches any chosen value within a filter and every filter together', () => {
    expect(pagefindFilters(filters)).toEqual({ type: { any: ['Script', 'SOP'] }, stage: { any: ['Listen'] } })
  })

  it('can leave one filter out, to count its values against the others', () => {
    expect(pagefindFilters(filters, 'type')).toEqual({ stage: { any: ['Listen'] } })
    expect(hasFilters(noFilters())).toBe(false)
    expect(hasFilters(filters)).toBe(true)
  })
})

describe('search status', () => {
  it('says how many results a query found, and which filters narrowed it', () => {
    expect(statusText({ query: 'refund', filters: noFilters() }, 1)).toBe('1 result for “refund”.')
    expect(statusText({ query: 'refund', filters: { ...noFilters(), type: ['Script'] } }, 12))
      .toBe('12 results for “refund”, filtered by Script.')
  })

  it('suggests a way out when nothing is found', () => {
    expect(statusText({ query: 'zzz', filters: noFilters() }, 0)).toMatch(/^No results for “zzz”\. Try other words/)
    expect(statusText({ query: 'zzz', filters: { ...noFilters(), stage: ['Close'] } }, 0)).toMatch(/Try clearing the filters\.$/)
  })

  it('counts entries when only filters are chosen, and stays silent when idle', () => {
    expect(statusText({ query: '', filters: { ...noFilters(), situation: ['Billing error'] } }, 9))
      .toBe('9 entries filtered by Billing error.')
    expect(statusText({ query: '', filters: noFilters() }, 0)).toBe('')
  })
})

describe('excerpt highlighting', () => {
  it('splits marked matches from plain text and decodes what Pagefind escaped', () => {
    expect(excerptParts('you were <mark>charged</mark> &lt;b&gt; twice & <mark>more</mark>')).toEqual([
      { text: 'you were ', marked: false },
      { text: 'charged', marked: true },
      { text: ' <b> twice & ', marked: false },
      { text: 'more', marked: true },
    ])
  })

  it('keeps other tags as text, so an excerpt can never inject markup', () => {
    const parts = excerptParts('<img src=x onerror=alert(1)> <mark>hi</mark>')
    expect(parts[0]).toEqual({ text: '<img src=x onerror=alert(1)> ', marked: false })
  })
})

describe('script line placeholders', () => {
  it('splits a line into text and the placeholders to fill in, for pages and search results alike', () => {
    expect(lineParts('Hi {customerName}, order {orderNumber}.')).toEqual([
      { text: 'Hi ' }, { placeholder: 'customerName' }, { text: ', order ' }, { placeholder: 'orderNumber' }, { text: '.' },
    ])
    expect(lineParts('{greeting} there, {2fast} {a-b}')).toEqual([{ placeholder: 'greeting' }, { text: ' there, {2fast} {a-b}' }])
  })
})

describe('scripts list filter', () => {
  const items = [
    browseItemOf({ situations: 'billing-error refund-request', stage: 'listen', channels: 'phone chat' }),
    browseItemOf({ situations: 'billing-error', stage: 'close', channels: 'email' }),
    browseItemOf({ situations: 'angry-caller', stage: 'listen', channels: 'phone' }),
  ]
  const any = { situation: '', stage: '', channel: '' }

  it('keeps a script only when it fits every chosen filter', () => {
    const chosen = { ...any, situation: 'billing-error', channel: 'phone' }
    expect(items.map((item) => browseMatches(item, chosen))).toEqual([true, false, false])
    expect(items.every((item) => browseMatches(item, any))).toBe(true)
  })

  it('counts each option as if its own filter were set to any', () => {
    const counts = browseCounts(items, { ...any, stage: 'listen', situation: 'angry-caller' }, 'situation')
    expect(Object.fromEntries(counts)).toEqual({ 'billing-error': 1, 'refund-request': 1, 'angry-caller': 1 })
  })

  it('round-trips the chosen filters through the address bar', () => {
    const chosen = { situation: 'billing-error', stage: '', channel: 'in-person' }
    expect(browseParamsOf(chosen).toString()).toBe('situation=billing-error&channel=in-person')
    expect(readBrowseChoice(browseParamsOf(chosen))).toEqual(chosen)
    expect(scriptCountText(1)).toBe('1 script')
    expect(scriptCountText(0)).toBe('0 scripts')
  })
})
