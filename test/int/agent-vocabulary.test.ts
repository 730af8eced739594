/**
 * The agent vocabulary in the CMS (the `agent-vocabulary` global): who reads and writes it, the
 * checks on every save, and the site build a publish queues. Local API calls pass the actor with
 * `overrideAccess: false`; REST calls go through the real route handlers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { VOCABULARY_LIMITS } from '@kb/content'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>

const SLUG = 'agent-vocabulary'
const PATH = `globals/${SLUG}`
const published = { synonyms: [{ terms: ['refund', 'money back'] }], intents: { say: ['what do i say'], self: [], humour: [] } }
const draftGroup = ['platypus', 'late parcel']

const groupsOf = (doc: { synonyms?: { terms?: string[] | null }[] | null }) => (doc.synonyms ?? []).map((row) => row.terms)
/** The field paths and messages a 400 names. */
const problemsOf = (body: { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => `${path}: ${message}`)
const buildReasons = async () => {
  const { docs } = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'buildSite' } }, depth: 0, limit: 0 })
  return docs.flatMap((job) => (job.input as { reasons: string[] }).reasons)
}
const clearQueue = () => cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
const editorDraft = () => cms.payload.findGlobal({ slug: SLUG, draft: true, depth: 0, overrideAccess: false, user: actors.editor.user })

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  const editor = actors.editor.credentials
  expect((await rest('POST', PATH, { as: editor, body: { ...published, _status: 'published' } })).status).toBe(200)
  const draft = { synonyms: [...published.synonyms, { terms: draftGroup }], _status: 'draft' }
  expect((await rest('POST', `${PATH}?draft=true`, { as: editor, body: draft })).status).toBe(200)
})
afterAll(async () => cms?.close())

describe('who sees the agent vocabulary', () => {
  it.each(['anonymous', 'api key'] as const)('gives %s the published version through the Local API, even when asking for the draft', async (name) => {
    const doc = await cms.payload.findGlobal({ slug: SLUG, draft: true, depth: 0, overrideAccess: false, user: actors[name].user })
    expect(groupsOf(doc)).toEqual([['refund', 'money back']])
  })

  it.each(['anonymous', 'api key'] as const)('gives %s the published version over REST, even with draft=true', async (name) => {
    const response = await rest('GET', `${PATH}?draft=true&depth=0`, { as: actors[name].credentials })
    expect(response.status).toBe(200)
    expect(groupsOf(response.body)).toEqual([['refund', 'money back']])
  })

  it('shows an editor the draft they are working on', async () => {
    expect(groupsOf(await editorDraft())).toEqual([['refund', 'money back'], draftGroup])
  })

  it('keeps the version history from readers', async () => {
    expect((await rest('GET', `${PATH}/versions`, { as: actors['api key'].credentials })).status).toBe(403)
    expect((await rest('GET', `${PATH}/versions`, { as: actors.editor.credentials })).status).toBe(200)
  })
})

describe('who changes the agent vocabulary', () => {
  it.each(['anonymous', 'api key'] as const)('refuses a change from %s and writes nothing', async (name) => {
    const body = { synonyms: [{ terms: ['hijacked', 'vandalised'] }], _status: 'published' as const }
    const response = await rest('POST', PATH, { as: actors[name].credentials, body })
    expect(response.status).toBe(403)
    await expect(cms.payload.updateGlobal({ slug: SLUG, data: body, overrideAccess: false, user: actors[name].user })).rejects.toThrow(/not allowed/i)
    expect(groupsOf(await editorDraft())).toEqual([['refund', 'money back'], draftGroup])
  })
})

describe('checks on every save of the agent vocabulary', () => {
  const saveDraft = (synonyms: { terms: string[] }[], intents?: object) =>
    rest('POST', `${PATH}?draft=true`, { as: actors.editor.credentials, body: { synonyms, ...(intents ? { intents } : {}), _status: 'draft' } })

  it('refuses a term that is already in another group, naming the group and writing nothing', async () => {
    const response = await saveDraft([{ terms: ['refund', 'money back'] }, { terms: ['repay', 'Refund'] }])
    expect(response.status).toBe(400)
    expect(problemsOf(response.body)).toEqual(['synonyms.1.terms: term 2: "refund" is already in the group "refund, money back": a term belongs to one group, so merge the groups or remove it from one'])
    expect(groupsOf(await editorDraft())).toEqual([['refund', 'money back'], draftGroup])
  })

  it('refuses a term listed twice in one group', async () => {
    const response = await saveDraft([{ terms: ['refund', 'money back', 'money  back'] }])
    expect(response.status).toBe(400)
    expect(problemsOf(response.body)).toEqual(['synonyms.0.terms: term 3: "money back" is listed twice in this group: list each term once'])
  })

  it('refuses an empty group and a group of one term', async () => {
    const response = await saveDraft([{ terms: [] }, { terms: ['lonely'] }])
    expect(response.status).toBe(400)
    expect(problemsOf(response.body)).toEqual([
      'synonyms.0.terms: a synonym group needs at least two terms',
      'synonyms.1.terms: a synonym group needs at least two terms',
    ])
  })

  it('refuses a group larger than the limit, saying the limit', async () => {
    const terms = Array.from({ length: VOCABULARY_LIMITS.termsPerGroup + 1 }, (_, i) => `word ${i}`)
    const response = await saveDraft([{ terms }])
    expect(response.status).toBe(400)
    expect(problemsOf(response.body).join('\n')).toMatch(new RegExp(`synonyms\\.0\\.terms: .*at most ${VOCABULARY_LIMITS.termsPerGroup} terms`))
  })

  it('refuses markup in an intent phrase, naming the list', async () => {
    const response = await saveDraft(published.synonyms, { say: ['what do i say', '<script>'] })
    expect(response.status).toBe(400)
    expect(problemsOf(response.body)).toEqual([`intents.say: phrase 2: expected plain words (letters, digits, spaces, ' or -), e.g. "passed away"`])
  })

  it('stores terms the way search matches them: lower case, single spaces', async () => {
    // Terms no earlier save used, so a save that wrote nothing cannot pass.
    const response = await saveDraft([...published.synonyms, { terms: ['Wombat', 'Lost   Parcel'] }])
    expect(response.status).toBe(200)
    expect(groupsOf(await editorDraft())).toEqual([['refund', 'money back'], ['wombat', 'lost parcel']])
  })
})

describe('publishing the agent vocabulary', () => {
  it('saving a draft queues no site build', async () => {
    await clearQueue()
    const response = await rest('POST', `${PATH}?draft=true`, { as: actors.editor.credentials, body: { synonyms: [...published.synonyms, { terms: draftGroup }], _status: 'draft' } })
    expect(response.status).toBe(200)
    expect(await buildReasons()).toEqual([])
  })

  it('publishing queues a site build, and readers then get the new version', async () => {
    await clearQueue()
    const response = await rest('POST', PATH, { as: actors.editor.credentials, body: { synonyms: [...published.synonyms, { terms: draftGroup }], _status: 'published' } })
    expect(response.status).toBe(200)
    expect(await buildReasons()).toEqual(['agent-vocabulary updated'])
    const read = await rest('GET', `${PATH}?depth=0`)
    expect(groupsOf(read.body)).toEqual([['refund', 'money back'], draftGroup])
  })
})
