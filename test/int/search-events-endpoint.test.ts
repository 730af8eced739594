import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import { rateLimiter } from '../../cms/src/feedback/rate-limit.ts'
import { recordSearchEventsHandlers } from '../../cms/src/search-analytics/record-search-events.ts'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
const SITE = 'http://localhost:4321'
const CMS = 'http://kb.test/api/search-events/report'

/** The handlers as the route serves them, with a limiter roomy enough that only the rate-limit tests meet it. */
let handlers: ReturnType<typeof recordSearchEventsHandlers>
const withLimits = (limits: Partial<Parameters<typeof recordSearchEventsHandlers>[0]>) =>
  recordSearchEventsHandlers({ payload: async () => getPayload({ config: cms.config }), siteUrl: SITE, limiter: rateLimiter({ burst: 1000, refillMs: 1 }), ...limits })

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  handlers = withLimits({})
  const review = { owner: 'Operations', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }
  await cms.payload.create({ collection: 'situations', data: { title: 'Late parcel', slug: 'late-parcel', description: 'It did not come.', review, _status: 'published' } })
  await cms.payload.create({ collection: 'situations', data: { title: 'Only a draft', slug: 'only-a-draft', description: 'Never published.', _status: 'draft' }, draft: true })
})
afterAll(async () => cms?.close())

/** A report as `navigator.sendBeacon` sends it from the site: a JSON string as text/plain, the site's Origin, a client address. */
function report(body: unknown, { type = 'text/plain;charset=UTF-8', headers = {}, via = handlers }: { type?: string; headers?: Record<string, string>; via?: typeof handlers } = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  return via.POST(new Request(CMS, { method: 'POST', body: text, headers: { 'content-type': type, origin: SITE, 'x-forwarded-for': '203.0.113.7', ...headers } }))
}
/** Every stored event, once everything the endpoint under test accepted so far is written. */
const stored = async (via = handlers) => {
  await via.drained()
  return (await cms.payload.find({ collection: 'search-events', limit: 0, depth: 0, sort: 'id' })).docs
}
const settled = { query: 'parcel late', results: 3, top: { entryType: 'situation', slug: 'late-parcel' }, opened: { rank: 1, entryType: 'situation', slug: 'late-parcel' } }

describe('the public search-event endpoint', () => {
  it('stores every search of a beacon, with the entry shown first, its owner and the rank opened', async () => {
    const response = await report({ events: [settled, { query: 'xqzv blorf', results: 0, fallback: 'browse' }] })
    expect(response.status).toBe(202)
    const [first, second] = (await stored()).slice(-2)
    expect(first).toMatchObject({ query: 'parcel late', results: 3, owner: 'Operations', openedRank: 1, topEntry: 'situation/late-parcel', openedEntry: 'situation/late-parcel', handled: 'open', verbatim: false })
    expect(second).toMatchObject({ query: 'xqzv blorf', results: 0, fallback: 'browse', openedRank: null, owner: null, topEntry: null })
  })

  it('stores the query and its correction with personal details redacted', async () => {
    await report({ events: [{ query: 'refund order 1234567 for jane.doe@example.com', results: 2, correctedTo: 'refund order 1234567 call 07700 900123' }] })
    expect((await stored()).at(-1)).toMatchObject({ query: 'refund order [number] for [email]', correctedTo: 'refund order [number] call [phone]' })
  })

  it('answers a script asking for JSON with 202 and the number accepted, and stores them', async () => {
    const before = (await stored()).length
    const response = await report({ events: [{ query: 'angry caller', results: 5, verbatim: true }] }, { type: 'application/json', headers: { accept: 'application/json' } })
    expect(response.status).toBe(202)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(await response.json()).toMatchObject({ queued: 1 })
    expect((await stored()).slice(before)).toMatchObject([{ query: 'angry caller', verbatim: true }])
  })

  it('stores many reports arriving at once, every event of each', async () => {
    const before = (await stored()).length
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => report({ events: [{ ...settled, query: `burst ${i}` }, settled] }, { headers: { 'x-forwarded-for': `192.0.2.${i}` } })))
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(202))
    expect((await stored()).length).toBe(before + 24)
  })

  it('refuses with 429 a report that would overfill the queue of events waiting to be stored, and stores none of it', async () => {
    // Deterministic: a report bigger than the room left is refused whatever the writer is doing.
    const small = withLimits({ writer: { maxQueued: 1 } })
    const before = (await stored()).length
    const refused = await report({ events: [settled, settled] }, { via: small })
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toBe('5')
    expect((await report({ events: [settled] }, { via: small })).status).toBe(202)
    expect((await stored(small)).length).toBe(before + 1)
  })

  const refusals: [string, unknown, string?][] = [
    ['malformed JSON', '{"events": [', undefined],
    ['a form post', 'query=refund&results=2', 'application/x-www-form-urlencoded'],
    ['a bare array of events', [settled]],
    ['an empty report', { events: [] }],
    ['more than 20 events', { events: Array.from({ length: 21 }, () => settled) }],
    ['a field the shape does not have', { events: [{ ...settled, agent: 'jane' }] }],
    ['a query with HTML', { events: [{ ...settled, query: '<img src=x onerror=alert(1)>' }] }],
    ['a query over 200 characters', { events: [{ ...settled, query: 'refund '.repeat(40) }] }],
    ['an empty query', { events: [{ ...settled, query: '   ' }] }],
    ['a negative result count', { events: [{ ...settled, results: -1 }] }],
    ['a rank of zero', { events: [{ ...settled, opened: { ...settled.opened, rank: 0 } }] }],
    ['an unknown fallback', { events: [{ ...settled, fallback: 'magic' }] }],
    ['a body over 16 KB', JSON.stringify({ events: [settled] }).padEnd(17 * 1024, ' ')],
    ['an entry that does not exist', { events: [{ ...settled, top: { entryType: 'situation', slug: 'no-such-entry' } }] }],
    ['an opened entry that is only a draft', { events: [{ ...settled, opened: { rank: 2, entryType: 'situation', slug: 'only-a-draft' } }] }],
    ['a good event beside one naming an unknown entry', { events: [settled, { ...settled, top: { entryType: 'sop', slug: 'late-parcel' } }] }],
  ]
  it.each(refusals)('refuses %s with 400 and writes nothing', async (_name, body, type) => {
    const before = await stored()
    const response = await report(body, { type, headers: { accept: 'application/json' } })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/\S/)
    expect(await stored()).toEqual(before)
  })

  it('refuses a report from another site with 403 and writes nothing', async () => {
    const before = await stored()
    expect((await report({ events: [settled] }, { headers: { origin: 'https://evil.test' } })).status).toBe(403)
    expect(await stored()).toEqual(before)
  })

  it('never acts as the editor whose cookie rides along: a draft entry stays unknown', async () => {
    const { token } = await cms.payload.login({ collection: 'users', data: { email: 'editor@kb.test', password: 'correct-horse-battery-staple' } })
    const draft = { events: [{ ...settled, top: { entryType: 'situation', slug: 'only-a-draft' } }] }
    expect((await report(draft, { headers: { cookie: `payload-token=${token}` } })).status).toBe(400)
  })

  it('answers 429 once a client has used its burst, while other clients still get through', async () => {
    const strict = withLimits({ limiter: rateLimiter({ burst: 2, refillMs: 60_000 }) })
    const count = (await stored()).length
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await report({ events: [settled] }, { via: strict })).status)
    expect(statuses).toEqual([202, 202, 429])
    expect((await report({ events: [settled] }, { via: strict, headers: { 'x-forwarded-for': '198.51.100.9' } })).status).toBe(202)
    expect((await stored(strict)).length).toBe(count + 3)
  })

  it('refuses everyone with 429 once all clients together pass the global cap', async () => {
    const capped = withLimits({ globalLimiter: rateLimiter({ burst: 1, refillMs: 60_000 }) })
    const statuses = []
    for (const address of ['192.0.2.1', '192.0.2.2']) statuses.push((await report({ events: [settled] }, { via: capped, headers: { 'x-forwarded-for': address } })).status)
    expect(statuses).toEqual([202, 429])
  })
})

describe('search events in the CMS', () => {
  it('are read by editors and admins only, never by readers or anonymous visitors', async () => {
    expect((await rest('GET', 'search-events', { as: actors.editor.credentials })).body.totalDocs).toBeGreaterThan(0)
    expect((await rest('GET', 'search-events', { as: actors.admin.credentials })).body.totalDocs).toBeGreaterThan(0)
    expect((await rest('GET', 'search-events', { as: actors['api key'].credentials })).status).toBe(403)
    expect((await rest('GET', 'search-events')).status).toBe(403)
    await expect(cms.payload.find({ collection: 'search-events', user: actors['api key'].user, overrideAccess: false })).rejects.toThrow()
    await expect(cms.payload.find({ collection: 'search-events', user: null, overrideAccess: false })).rejects.toThrow()
  })

  it('are never created through the collection API, not even by an admin', async () => {
    const before = await stored()
    const direct = await rest('POST', 'search-events', { as: actors.admin.credentials, body: { query: 'made up', results: 0 } })
    expect(direct.status).toBe(403)
    expect(await stored()).toEqual(before)
  })
})
