import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { searchSummary } from '../../cms/src/search-analytics/search-summary.ts'
import { isoWeekOf, weekPeriod } from '../../cms/src/search-analytics/periods.ts'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let latePage: number
let refundSop: number
const today = new Date().toISOString().slice(0, 10)
const week = isoWeekOf(today)
const thisWeek = weekPeriod(week)!

/** A stored search, as the public endpoint would store it (that path has its own tests). */
async function searched(query: string, results: number, { top, opened, owner }: { top?: string; opened?: number; owner?: string } = {}) {
  await cms.payload.create({
    collection: 'search-events',
    data: { query, results, owner: owner ?? null, topEntry: top ?? null, openedRank: opened ?? null, openedEntry: opened ? (top ?? null) : null, handled: 'open' },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  const overdue = { owner: 'Operations', lastReviewed: '2025-01-01', reviewIntervalDays: 30 }
  latePage = (await cms.payload.create({ collection: 'situations', data: { title: 'Late parcel', slug: 'late-parcel', description: 'It did not come.', review: overdue, _status: 'published' } })).id
  refundSop = (await cms.payload.create({ collection: 'situations', data: { title: 'Refund request', slug: 'refund-request', description: 'Money back.', review: { ...overdue, owner: 'Billing' }, _status: 'published' } })).id
  for (let i = 0; i < 3; i++) await searched('xqzv blorf', 0)
  await searched('Parcel stuck', 4, { top: 'situation/late-parcel', owner: 'Operations' })
  await searched('parcel stuck', 4, { top: 'situation/late-parcel', owner: 'Operations' })
  await searched('late parcel', 2, { top: 'situation/late-parcel', opened: 1, owner: 'Operations' })
  await searched('money back', 3, { top: 'situation/refund-request', owner: 'Billing' })
  await cms.payload.create({ collection: 'feedback', data: { entry: { relationTo: 'situations', value: latePage }, entryTitle: 'Late parcel', owner: 'Operations', verdict: 'outdated', status: 'open' }, overrideAccess: true })
  await cms.payload.create({ collection: 'feedback', data: { entry: { relationTo: 'situations', value: refundSop }, entryTitle: 'Refund request', owner: 'Billing', verdict: 'wrong', status: 'open' }, overrideAccess: true })
})
afterAll(async () => cms?.close())

const period = { from: today, to: today }
const queries = (rows: { query: string }[]) => rows.map((row) => row.query.toLowerCase())

describe('search analytics for a period', () => {
  it('lists the searches that found nothing, most often first', async () => {
    const summary = await searchSummary(cms.payload, actors.editor.user, period)
    expect(summary.noResults[0]).toMatchObject({ query: 'xqzv blorf', searches: 3, noResults: 3 })
  })

  it('lists the searches where nobody opened a result, counting a query in any case as one', async () => {
    const summary = await searchSummary(cms.payload, actors.editor.user, period)
    expect(summary.notOpened.find((row) => row.query.toLowerCase() === 'parcel stuck')).toMatchObject({ searches: 2, notOpened: 2 })
    expect(queries(summary.notOpened)).not.toContain('late parcel')
  })

  it('ranks the top searches and counts the day in the trend', async () => {
    const summary = await searchSummary(cms.payload, actors.editor.user, period)
    expect(queries(summary.top).slice(0, 2)).toEqual(['xqzv blorf', 'parcel stuck'])
    expect(summary.trend).toEqual({ unit: 'day', points: [{ bucket: today, searches: 7, noResults: 3, notOpened: 3 }] })
  })

  it('is empty for a period before any search', async () => {
    expect((await searchSummary(cms.payload, actors.editor.user, { from: '2020-01-01', to: '2020-01-07' })).searches).toBe(0)
  })
})

describe('acting on a query', () => {
  it('adds the query as an alias in a draft of the entry, leaving the published entry as it was, and takes the query off the lists', async () => {
    const response = await rest('POST', 'search-events/act', { as: actors.editor.credentials, body: { action: 'alias', query: 'xqzv blorf', entry: { collection: 'situations', id: latePage } } })
    expect(response.status).toBe(200)
    expect(response.body.marked).toBe(3)
    const draft = await cms.payload.findByID({ collection: 'situations', id: latePage, draft: true, depth: 0 })
    const published = await cms.payload.findByID({ collection: 'situations', id: latePage, depth: 0 })
    expect(draft.aliases).toEqual(['xqzv blorf'])
    expect(published.aliases ?? []).toEqual([])
    expect(queries((await searchSummary(cms.payload, actors.editor.user, period)).noResults)).not.toContain('xqzv blorf')
  })

  it('opens a new draft titled with the query, never published', async () => {
    const response = await rest('POST', 'search-events/act', { as: actors.editor.credentials, body: { action: 'draft', query: 'money back', collection: 'situations' } })
    expect(response.status).toBe(200)
    const created = await cms.payload.findByID({ collection: 'situations', id: response.body.entry.id, draft: true, depth: 0 })
    expect(created).toMatchObject({ title: 'Money back', slug: 'money-back', _status: 'draft' })
    expect((await rest('GET', `situations/${response.body.entry.id}`)).status).toBe(404)
  })

  it('dismisses a query for every case it was typed in', async () => {
    const response = await rest('POST', 'search-events/act', { as: actors.editor.credentials, body: { action: 'dismiss', query: 'parcel stuck' } })
    expect(response.body.marked).toBe(2)
    expect(queries((await searchSummary(cms.payload, actors.editor.user, period)).top)).not.toContain('parcel stuck')
  })

  it('refuses a redacted query as an alias, naming the field', async () => {
    const response = await rest('POST', 'search-events/act', { as: actors.editor.credentials, body: { action: 'alias', query: 'order [number]', entry: { collection: 'situations', id: latePage } } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/^query:/)
  })

  it('is for editors only', async () => {
    expect((await rest('POST', 'search-events/act', { as: actors['api key'].credentials, body: { action: 'dismiss', query: 'late parcel' } })).status).toBe(403)
    expect((await rest('POST', 'search-events/act', { body: { action: 'dismiss', query: 'late parcel' } })).status).toBe(403)
  })
})

describe('the weekly digest', () => {
  const digest = (query: string, as = actors.editor.credentials) => rest('GET', `digest?${query}`, { as })

  it('gives an owner their due entries, the week’s feedback on them and their entries’ failed searches, and nobody else’s', async () => {
    await cms.payload.create({ collection: 'search-events', data: { query: 'courier lost it', results: 2, owner: 'Operations', topEntry: 'situation/late-parcel', handled: 'open' }, overrideAccess: true })
    const response = await digest(`owner=Operations&week=${week}`)
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ owner: 'Operations', week, period: thisWeek })
    expect(response.body.due.map((entry: { title: string }) => entry.title)).toEqual(['Late parcel'])
    expect(response.body.feedback).toMatchObject({ count: 1, open: 1 })
    expect(response.body.feedback.items[0]).toMatchObject({ entryTitle: 'Late parcel', verdict: 'outdated', verdictLabel: 'Outdated' })
    expect(queries(response.body.failedSearches)).toEqual(['courier lost it'])
  })

  it('is empty for a week long past', async () => {
    const response = await digest('owner=Operations&week=2020-W10')
    expect(response.body.feedback.count).toBe(0)
    expect(response.body.failedSearches).toEqual([])
  })

  it('refuses a malformed week with 400 naming it', async () => {
    const response = await digest('owner=Operations&week=2026-48')
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/^week:/)
  })

  it('is for editors and admins: readers get 403 and anonymous callers 401', async () => {
    expect((await digest('owner=Operations', actors.admin.credentials)).status).toBe(200)
    expect((await digest('owner=Operations', actors['api key'].credentials)).status).toBe(403)
    expect((await digest('owner=Operations', null)).status).toBe(401)
  })
})
