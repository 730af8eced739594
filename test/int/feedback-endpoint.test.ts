import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getPayload } from 'payload'
import { rateLimiter } from '../../cms/src/feedback/rate-limit.ts'
import { submitFeedbackHandlers } from '../../cms/src/feedback/submit-feedback.ts'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
const SITE = 'http://localhost:4321'
const CMS = 'http://kb.test/api/feedback/submit'

/** The handlers as the route serves them, with a limiter roomy enough that only the rate-limit test meets it. */
let handlers: ReturnType<typeof submitFeedbackHandlers>

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  handlers = submitFeedbackHandlers({ payload: async () => getPayload({ config: cms.config }), siteUrl: SITE, limiter: rateLimiter({ burst: 1000, refillMs: 1 }) })
  const review = { owner: 'Operations', lastReviewed: '2026-11-01', reviewIntervalDays: 180 }
  await cms.payload.create({ collection: 'situations', data: { title: 'Late parcel', slug: 'late-parcel', description: 'It did not come.', review, _status: 'published' } })
  await cms.payload.create({ collection: 'situations', data: { title: 'Only a draft', slug: 'only-a-draft', description: 'Never published.', _status: 'draft' }, draft: true })
})
afterAll(async () => cms?.close())

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const valid = { entryType: 'situation', slug: 'late-parcel', verdict: 'outdated', comment: 'The courier changed last week.' }

/** A post as a browser makes it from the site: a form body, the site's Origin, a client address. */
function post(body: string, { type = 'application/x-www-form-urlencoded', headers = {}, via = handlers }: { type?: string; headers?: Record<string, string>; via?: typeof handlers } = {}) {
  return via.POST(new Request(CMS, { method: 'POST', body, headers: { 'content-type': type, origin: SITE, 'x-forwarded-for': '203.0.113.7', ...headers } }))
}
const stored = async () => (await cms.payload.find({ collection: 'feedback', limit: 0, depth: 0, sort: 'id' })).docs

describe('the public "Did this help?" endpoint', () => {
  it('stores a form post for a published entry, for its owner, and sends the browser back to the entry page', async () => {
    const response = await post(form(valid))
    expect(response.status).toBe(303)
    expect(response.headers.get('location')).toBe(`${SITE}/situations/late-parcel/#feedback-thanks`)
    const [feedback] = await stored()
    expect(feedback).toMatchObject({ verdict: 'outdated', comment: 'The courier changed last week.', owner: 'Operations', entryTitle: 'Late parcel', status: 'open' })
    expect(feedback!.entry).toMatchObject({ relationTo: 'situations' })
  })

  it('sends a browser that opened the site as 127.0.0.1 back to that address', async () => {
    const response = await post(form(valid), { headers: { origin: 'http://127.0.0.1:4321' } })
    expect(response.headers.get('location')).toBe('http://127.0.0.1:4321/situations/late-parcel/#feedback-thanks')
  })

  it('answers a script on the site with 201, JSON and CORS for the site origin only', async () => {
    const response = await post(form({ ...valid, verdict: 'helped', comment: '' }), { headers: { accept: 'application/json' } })
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe(SITE)
    expect((await response.json()).message).toMatch(/Thanks/)
    expect((await stored()).at(-1)).toMatchObject({ verdict: 'helped', comment: null })
    const preflight = await handlers.OPTIONS(new Request(CMS, { method: 'OPTIONS', headers: { origin: SITE } }))
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE)
  })

  const refusals: [string, string, string?][] = [
    ['an unknown verdict', form({ ...valid, verdict: 'meh' })],
    ['a missing slug', form({ entryType: 'sop', verdict: 'wrong' })],
    ['an unknown entry type', form({ ...valid, entryType: 'user' })],
    ['a field the form does not have', form({ ...valid, email: 'a@b.test' })],
    ['a comment with HTML', form({ ...valid, comment: 'see <a href="https://evil.test">here</a>' })],
    ['a comment with a script tag', form({ ...valid, comment: '<script>alert(1)</script>' })],
    ['a comment over 1,000 characters', form({ ...valid, comment: 'x'.repeat(1001) })],
    ['a body over 8 KB', form({ ...valid, comment: 'x'.repeat(9000) })],
    ['malformed JSON', '{"entryType": "situation",', 'application/json'],
    ['a JSON array', '[1,2]', 'application/json'],
    ['a plain-text body', 'helped', 'text/plain'],
    ['an entry that does not exist', form({ ...valid, slug: 'no-such-entry' })],
    ['an entry that is only a draft', form({ ...valid, slug: 'only-a-draft' })],
    ['a script slug naming a situation', form({ ...valid, entryType: 'script' })],
  ]
  it.each(refusals)('refuses %s with 400 and writes nothing', async (_name, body, type) => {
    const before = await stored()
    const response = await post(body, { type, headers: { accept: 'application/json' } })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/\S/)
    expect(await stored()).toEqual(before)
  })

  it('refuses a post from another site with 403 and writes nothing', async () => {
    const before = await stored()
    expect((await post(form(valid), { headers: { origin: 'https://evil.test' } })).status).toBe(403)
    expect(await stored()).toEqual(before)
  })

  it('never acts as the editor whose cookie rides along: drafts stay unknown, the post is anonymous', async () => {
    const { token } = await cms.payload.login({ collection: 'users', data: { email: 'editor@kb.test', password: 'correct-horse-battery-staple' } })
    const cookie = `payload-token=${token}`
    expect((await post(form({ ...valid, slug: 'only-a-draft' }), { headers: { cookie } })).status).toBe(400)
    expect((await post(form(valid), { headers: { cookie } })).status).toBe(303)
  })

  it('answers 429 once a client has used its burst, while other clients still get through', async () => {
    const strict = submitFeedbackHandlers({ payload: async () => getPayload({ config: cms.config }), siteUrl: SITE, limiter: rateLimiter({ burst: 2, refillMs: 60_000 }) })
    const count = (await stored()).length
    const statuses = []
    for (let i = 0; i < 4; i++) statuses.push((await post(form(valid), { via: strict })).status)
    expect(statuses).toEqual([303, 303, 429, 429])
    expect((await post(form(valid), { via: strict, headers: { 'x-forwarded-for': '198.51.100.9' } })).status).toBe(303)
    expect((await stored()).length).toBe(count + 3)
  })

  it('refuses everyone with 429 once all clients together pass the global cap, whatever address they claim', async () => {
    const capped = submitFeedbackHandlers({
      payload: async () => getPayload({ config: cms.config }),
      siteUrl: SITE,
      limiter: rateLimiter({ burst: 1000, refillMs: 1 }),
      globalLimiter: rateLimiter({ burst: 2, refillMs: 60_000 }),
    })
    const statuses = []
    for (const address of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) statuses.push((await post(form(valid), { via: capped, headers: { 'x-forwarded-for': address } })).status)
    expect(statuses).toEqual([303, 303, 429])
  })
})

describe('the endpoint under load', () => {
  it('stores every one of many posts arriving at once, each answered only once it is stored', async () => {
    const before = (await stored()).length
    const responses = await Promise.all(Array.from({ length: 12 }, (_, i) => post(form({ ...valid, comment: `At once ${i}` }), { headers: { accept: 'application/json', 'x-forwarded-for': `192.0.2.${i}` } })))
    expect(responses.map((response) => response.status)).toEqual(Array(12).fill(201))
    const comments = (await stored()).slice(before).map((feedback) => feedback.comment)
    expect(comments.sort()).toEqual(Array.from({ length: 12 }, (_, i) => `At once ${i}`).sort())
  })

  it('refuses posts beyond those it is already storing with 429 instead of queueing them', async () => {
    const narrow = submitFeedbackHandlers({ payload: async () => getPayload({ config: cms.config }), siteUrl: SITE, limiter: rateLimiter({ burst: 1000, refillMs: 1 }), maxInFlight: 1 })
    const responses = await Promise.all([post(form(valid), { via: narrow }), post(form(valid), { via: narrow })])
    expect(responses.map((r) => r.status)).toEqual([303, 429])
    expect(responses[1]!.headers.get('retry-after')).toBe('5')
    expect((await post(form(valid), { via: narrow })).status).toBe(303)
  })
})

describe('feedback in the CMS', () => {
  it('is read by editors only; nobody creates it through the collection API', async () => {
    expect((await rest('GET', 'feedback', { as: actors.editor.credentials })).body.totalDocs).toBeGreaterThan(0)
    expect((await rest('GET', 'feedback', { as: actors['api key'].credentials })).status).toBe(403)
    expect((await rest('GET', 'feedback')).status).toBe(403)
    const before = await stored()
    const direct = await rest('POST', 'feedback', { as: actors.editor.credentials, body: { entryTitle: 'x', verdict: 'wrong', entry: { relationTo: 'situations', value: 1 } } })
    expect(direct.status).toBe(403)
    expect(await stored()).toEqual(before)
  })

  it('is resolved by an editor with a note, recording who and when', async () => {
    const [first] = await stored()
    const noNote = await rest('PATCH', `feedback/${first!.id}`, { as: actors.editor.credentials, body: { status: 'resolved' } })
    expect(noNote.status).toBe(400)
    const resolved = await rest('PATCH', `feedback/${first!.id}`, { as: actors.editor.credentials, body: { status: 'resolved', resolutionNote: 'Courier step rewritten.' } })
    expect(resolved.status).toBe(200)
    const doc = await cms.payload.findByID({ collection: 'feedback', id: first!.id, depth: 0 })
    expect(doc).toMatchObject({ status: 'resolved', resolutionNote: 'Courier step rewritten.', resolvedBy: actors.editor.user!.id })
    expect(Date.now() - Date.parse(doc.resolvedAt!)).toBeLessThan(60_000)
  })

  it('links every entry with a page to its feedback in the admin, and sources to none', () => {
    const hasLink = (slug: string) => cms.config.collections.find((c) => c.slug === slug)!.fields.some((f) => 'name' in f && f.name === 'agentFeedback')
    expect(['sops', 'strategies', 'empathy-scripts', 'situations'].map(hasLink)).toEqual([true, true, true, true])
    expect(hasLink('sources')).toBe(false)
  })

  it('lists the open feedback of one entry', async () => {
    const situation = (await cms.payload.find({ collection: 'situations', where: { slug: { equals: 'late-parcel' } } })).docs[0]!
    const open = await rest('GET', `feedback?where[entry.value][equals]=${situation.id}&where[entry.relationTo][equals]=situations&where[status][equals]=open`, { as: actors.editor.credentials })
    expect(open.status).toBe(200)
    expect(open.body.totalDocs).toBe((await stored()).filter((f) => f.status === 'open').length)
  })
})
