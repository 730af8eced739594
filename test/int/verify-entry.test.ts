import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reviewToday } from '@kb/content'
import type { RequiredDataFromCollectionSlug } from 'payload'
import { dueEntries } from '../../cms/src/verification/due-entries.ts'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let refs: SampleRefs
const today = reviewToday()
const lapsed = { owner: 'Quality team', lastReviewed: '2020-01-01', reviewIntervalDays: 30 }

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

/** A published strategy whose review lapsed years ago. */
async function lapsedStrategy(tag: string) {
  const data = { ...sampleData('strategies', tag, refs), review: lapsed, _status: 'published' }
  return cms.payload.create({ collection: 'strategies', data: data as RequiredDataFromCollectionSlug<'strategies'> })
}

describe('entries due for review', () => {
  it('lists an entry once its interval has lapsed, and not before', async () => {
    const strategy = await lapsedStrategy('due')
    const due = await dueEntries(cms.payload, actors.editor.user, today)
    expect(due).toContainEqual({ collection: 'strategies', id: strategy.id, title: strategy.title, owner: 'Quality team', verifiedOn: '2020-01-01', dueOn: '2020-01-31' })
    expect(await dueEntries(cms.payload, actors.editor.user, '2020-01-30')).not.toContainEqual(expect.objectContaining({ id: strategy.id, collection: 'strategies' }))
  })

  it('lists only the collections asked for, as the list view above each collection does', async () => {
    const due = await dueEntries(cms.payload, actors.editor.user, today, { collections: ['sops'] })
    expect(due.every((entry) => entry.collection === 'sops')).toBe(true)
    expect((await dueEntries(cms.payload, actors.editor.user, today, { collections: ['strategies'] })).length).toBeGreaterThan(0)
  })

  it("puts the editor's own entries first", async () => {
    await cms.payload.update({ collection: 'users', id: actors.editor.user!.id, data: { name: 'Billing team' } })
    const mine = await cms.payload.create({
      collection: 'empathy-scripts',
      data: { ...sampleData('empathy-scripts', 'mine', refs), review: { ...lapsed, owner: 'Billing team', lastReviewed: '2024-06-01' }, _status: 'published' } as RequiredDataFromCollectionSlug<'empathy-scripts'>,
    })
    const user = await cms.payload.findByID({ collection: 'users', id: actors.editor.user!.id })
    const due = await dueEntries(cms.payload, { ...user, collection: 'users' }, today)
    expect(due[0]).toMatchObject({ collection: 'empathy-scripts', id: mine.id, owner: 'Billing team' })
  })
})

describe('the verify action', () => {
  it('records today and the editor in one published version, and the entry is no longer due', async () => {
    const strategy = await lapsedStrategy('verify')
    const response = await rest('POST', `strategies/${strategy.id}/verify`, { as: actors.editor.credentials })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ published: true, verifiedOn: today })
    const live = await cms.payload.findByID({ collection: 'strategies', id: strategy.id, depth: 0 })
    expect(live._status).toBe('published')
    expect(live.review).toMatchObject({ lastReviewed: `${today}T00:00:00.000Z`, owner: 'Quality team', reviewIntervalDays: 30 })
    const versions = await cms.payload.findVersions({ collection: 'strategies', where: { parent: { equals: strategy.id } }, sort: '-updatedAt', depth: 0 })
    expect(versions.docs[0]!.version.review).toMatchObject({ verifiedBy: expect.stringMatching(/editor@kb\.test|Billing team/), lastReviewed: `${today}T00:00:00.000Z` })
    expect(versions.docs[1]!.version.review?.lastReviewed).toBe('2020-01-01T00:00:00.000Z')
    const due = await dueEntries(cms.payload, actors.editor.user, today)
    expect(due.some((entry) => entry.collection === 'strategies' && entry.id === strategy.id)).toBe(false)
  })

  it('goes into a waiting draft instead of publishing its changes unasked', async () => {
    const strategy = await lapsedStrategy('draft')
    await cms.payload.update({ collection: 'strategies', id: strategy.id, data: { summary: 'Unreviewed new wording.' }, draft: true })
    const response = await rest('POST', `strategies/${strategy.id}/verify`, { as: actors.editor.credentials })
    expect(response.body).toMatchObject({ published: false })
    const live = await cms.payload.findByID({ collection: 'strategies', id: strategy.id, depth: 0 })
    expect(live.summary).toBe(strategy.summary)
    expect(live.review?.lastReviewed).toBe('2020-01-01T00:00:00.000Z')
    const draft = await cms.payload.findByID({ collection: 'strategies', id: strategy.id, depth: 0, draft: true })
    expect(draft).toMatchObject({ summary: 'Unreviewed new wording.', review: { lastReviewed: `${today}T00:00:00.000Z` } })
  })

  it('is refused to anonymous callers and reader API keys, changing nothing', async () => {
    const strategy = await lapsedStrategy('refused')
    expect((await rest('POST', `strategies/${strategy.id}/verify`)).status).toBe(403)
    expect((await rest('POST', `strategies/${strategy.id}/verify`, { as: actors['api key'].credentials })).status).toBe(403)
    const live = await cms.payload.findByID({ collection: 'strategies', id: strategy.id, depth: 0 })
    expect(live.review?.lastReviewed).toBe('2020-01-01T00:00:00.000Z')
  })

  it('keeps who verified from readers, and editors cannot write it themselves', async () => {
    const strategy = await lapsedStrategy('hidden')
    await rest('POST', `strategies/${strategy.id}/verify`, { as: actors.editor.credentials })
    const asReader = await rest('GET', `strategies/${strategy.id}`, { as: actors['api key'].credentials })
    expect(asReader.body.review.verifiedBy).toBeUndefined()
    await rest('PATCH', `strategies/${strategy.id}`, { as: actors.editor.credentials, body: { review: { ...lapsed, verifiedBy: 'Someone else' } } })
    const after = await cms.payload.findByID({ collection: 'strategies', id: strategy.id, depth: 0, draft: true })
    expect(after.review?.verifiedBy).not.toBe('Someone else')
  })
})
