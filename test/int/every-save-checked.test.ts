import { describe, expect, it } from 'vitest'
import { cmsForFile } from '../helpers/cms-for-file.ts'
import { rest } from '../helpers/rest.ts'
import { sampleData } from '../helpers/sample-data.ts'

/**
 * Drafts are shape-valid on every save; only required-ness waits for publishing (issue 11.10).
 * No NUL character is cut silently (11.10), no list holds an entry twice, and no two entries share
 * a slug, not even in a draft (11.11).
 */
const context = cmsForFile()
const editor = () => context().actors.editor
let counter = 0

type Body = { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }
const problems = (body: Body) => Object.fromEntries((body.errors ?? []).flatMap((error) => error.data?.errors ?? []).map((error) => [error.path, error.message]))
const script = (overrides: Record<string, unknown> = {}) => ({ ...sampleData('empathy-scripts', `checked-${++counter}`, context().refs), ...overrides })
const save = (path: string, body: Record<string, unknown>) => rest(path.includes('/') ? 'PATCH' : 'POST', path, { as: editor().credentials, body })

/** Saves `body` as a draft and as a published entry; both must be refused with 400 naming `field` and matching `message`. */
async function expectRefusedAlways(collection: string, body: () => Record<string, unknown>, field: string, message: RegExp) {
  for (const path of [`${collection}?draft=true`, collection]) {
    const before = (await context().cms.payload.count({ collection: 'empathy-scripts' })).totalDocs
    const response = await save(path, { ...body(), ...(path.includes('draft') ? {} : { _status: 'published' }) })
    expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBe(400)
    expect(problems(response.body)[field]).toMatch(message)
    expect((await context().cms.payload.count({ collection: 'empathy-scripts' })).totalDocs).toBe(before)
  }
}

describe('a draft', () => {
  it('may leave required fields empty until it is published', async () => {
    const draft = await save('empathy-scripts?draft=true', { title: 'Only a title so far' })
    expect(draft.status).toBe(201)
    const publish = await save(`empathy-scripts/${draft.body.doc.id}`, { _status: 'published' })
    expect(publish.status).toBe(400)
    expect(Object.keys(problems(publish.body))).toEqual(expect.arrayContaining(['line', 'situations', 'why']))
  })

  it.each([
    ['slug "../../etc"', { slug: '../../etc' }, 'slug', /not a valid slug/],
    ['stage "<script>"', { stage: '<script>' }, 'stage', /invalid selection/i],
    ['channel "fax"', { channels: ['phone', 'fax'] }, 'channels', /invalid selection/i],
    ['no slug and no title', { title: null, slug: null }, 'slug', /slug is required/],
  ])('refuses %s, naming the field', async (_, overrides, field, message) => {
    await expectRefusedAlways('empathy-scripts', () => script(overrides), field, message)
  })

  it('never stores a _status other than draft or published', async () => {
    for (const path of ['empathy-scripts?draft=true', 'empathy-scripts']) {
      const response = await save(path, script({ _status: 'weird' }))
      if (response.status === 400) expect(problems(response.body)._status).toMatch(/invalid selection/i)
      else expect(['draft', 'published']).toContain((await context().cms.payload.findByID({ collection: 'empathy-scripts', id: response.body.doc.id, draft: true }))._status)
    }
  })
})

describe('a NUL character', () => {
  it.each([
    ['title', { title: 'Before\u0000after' }],
    ['aliases', { aliases: ['fine', 'cut\u0000here'] }],
  ])('in %s is refused, never cut silently', async (field, overrides) => {
    await expectRefusedAlways('empathy-scripts', () => script(overrides), field, /NUL character/)
  })

  it('in rich text is refused too', async () => {
    const data = sampleData('strategies', `nul-${++counter}`, context().refs) as { whyItWorks: { root: { children: { children: { text: string }[] }[] } } }
    data.whyItWorks.root.children[0]!.children[0]!.text = 'Cut\u0000here'
    const response = await save('strategies?draft=true', data)
    expect(response.status).toBe(400)
    expect(problems(response.body).whyItWorks).toMatch(/NUL character/)
  })
})

describe('duplicates', () => {
  it.each([
    ['situations [2, 2]', () => ({ situations: [context().refs.situation, context().refs.situation] }), 'situations'],
    ['aliases ["x", "x"]', () => ({ aliases: ['x', 'x'] }), 'aliases'],
    ['aliases differing only in case', () => ({ aliases: ['Charged twice', 'charged twice'] }), 'aliases'],
    ['channels ["phone", "phone"]', () => ({ channels: ['phone', 'phone'] }), 'channels'],
  ])('refuses %s, naming the field and the entry', async (_, overrides, field) => {
    await expectRefusedAlways('empathy-scripts', () => script(overrides()), field, /listed more than once/)
  })
})

describe('slugs', () => {
  it("refuses a draft edit that takes another entry's slug", async () => {
    const first = await save('empathy-scripts', script({ slug: 'taken-by-first', _status: 'published' }))
    const second = await save('empathy-scripts', script({ _status: 'published' }))
    expect([first.status, second.status]).toEqual([201, 201])
    const edit = await save(`empathy-scripts/${second.body.doc.id}?draft=true`, { slug: 'taken-by-first' })
    expect(edit.status).toBe(400)
    expect(problems(edit.body).slug).toMatch(/already the slug of another entry/)
  })

  it("refuses a slug another entry holds only in its newest draft", async () => {
    const published = await save('empathy-scripts', script({ _status: 'published' }))
    expect((await save(`empathy-scripts/${published.body.doc.id}?draft=true`, { slug: 'renamed-in-a-draft' })).status).toBe(200)
    const other = await save('empathy-scripts?draft=true', script({ slug: 'renamed-in-a-draft' }))
    expect(other.status).toBe(400)
    expect(problems(other.body).slug).toMatch(/already the slug of another entry/)
  })

  it('lets an entry keep its own slug on every save', async () => {
    const created = await save('empathy-scripts', script({ slug: 'kept-slug', _status: 'published' }))
    expect((await save(`empathy-scripts/${created.body.doc.id}?draft=true`, { slug: 'kept-slug', title: 'Renamed draft' })).status).toBe(200)
    expect((await save(`empathy-scripts/${created.body.doc.id}`, { _status: 'published' })).status).toBe(200)
  })
})
