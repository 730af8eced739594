import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type ContentCollection, type SampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
let editor: Actor
let refs: SampleRefs

beforeAll(async () => {
  cms = await bootCms()
  editor = (await createActors(cms.payload)).editor
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

/** Everything stored in a collection, drafts included, so "nothing was written" can be checked exactly. */
const snapshot = async (collection: ContentCollection) =>
  JSON.stringify((await cms.payload.find({ collection, draft: true, limit: 0, sort: 'id', depth: 0 })).docs)

/** The field paths a 400 response names. */
const pathsOf = (body: { errors?: { data?: { errors?: { path: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => error.data?.errors ?? []).map((error) => error.path)

async function expectRejected(
  collection: ContentCollection,
  send: () => ReturnType<typeof rest>,
  field: string,
  rule: RegExp,
): Promise<void> {
  const before = await snapshot(collection)
  const response = await send()
  expect(response.status).toBe(400)
  expect(pathsOf(response.body)).toContain(field)
  const messages = response.body.errors.flatMap((e: { data?: { errors?: { message: string }[] } }) => e.data?.errors ?? [])
  expect(messages.find((m: { path: string }) => m.path === field)?.message).toMatch(rule)
  expect(await snapshot(collection)).toBe(before)
}

const create = (collection: ContentCollection, data: Record<string, unknown>) =>
  rest('POST', collection, { as: editor.credentials, body: { ...data, _status: 'published' } })

describe('creating with bad input', () => {
  it('rejects a script without its line, naming the field', async () => {
    const { line: _omitted, ...data } = sampleData('empathy-scripts', 'no-line', refs)
    await expectRejected('empathy-scripts', () => create('empathy-scripts', data), 'line', /required/i)
  })

  it('rejects an unknown situation, naming the field', async () => {
    const data = { ...sampleData('empathy-scripts', 'bad-situation', refs), situations: [987654] }
    await expectRejected('empathy-scripts', () => create('empathy-scripts', data), 'situations', /invalid selection/i)
  })

  it('rejects a stage outside the vocabulary, naming the field', async () => {
    const data = { ...sampleData('empathy-scripts', 'bad-stage', refs), stage: 'shout' }
    await expectRejected('empathy-scripts', () => create('empathy-scripts', data), 'stage', /invalid selection/i)
  })

  it('rejects a channel outside the vocabulary, naming the field', async () => {
    const data = { ...sampleData('empathy-scripts', 'bad-channel', refs), channels: ['phone', 'fax'] }
    await expectRejected('empathy-scripts', () => create('empathy-scripts', data), 'channels', /invalid selection/i)
  })

  it('rejects a slug another entry already has', async () => {
    const first = await create('strategies', { ...sampleData('strategies', 'taken', refs), slug: 'taken-slug' })
    expect(first.status).toBe(201)
    const data = { ...sampleData('strategies', 'taken-again', refs), slug: 'taken-slug' }
    await expectRejected('strategies', () => create('strategies', data), 'slug', /unique/i)
  })

  it('rejects a slug that is not lowercase words joined by hyphens', async () => {
    const data = { ...sampleData('situations', 'bad-slug', refs), slug: 'Not A Slug' }
    await expectRejected('situations', () => create('situations', data), 'slug', /not a valid slug/i)
  })

  it('rejects a script whose line is only spaces, as if it were missing', async () => {
    const data = { ...sampleData('empathy-scripts', 'blank-line', refs), line: '   ' }
    await expectRejected('empathy-scripts', () => create('empathy-scripts', data), 'line', /required/i)
  })

  it('rejects a decision branch that leads neither to a step nor to an outcome', async () => {
    const data = sampleData('sops', 'nowhere-branch', refs) as { steps: { branches?: { goto?: string }[] }[] }
    delete data.steps[1]!.branches![0]!.goto
    await expectRejected('sops', () => create('sops', data), 'steps.1.branches.0', /exactly one of the two/)
  })

  it('rejects a say step without its script, naming the field', async () => {
    const data = sampleData('sops', 'say-nothing', refs) as { steps: Record<string, unknown>[] }
    data.steps.splice(1, 0, { key: 'say-it', blockType: 'say', text: 'When they pause.' })
    await expectRejected('sops', () => create('sops', data), 'steps.1.script', /required/i)
  })

  it('rejects a decision with one branch, naming the field', async () => {
    const data = sampleData('sops', 'one-branch', refs) as { steps: { branches?: unknown[] }[] }
    data.steps[1]!.branches!.splice(1, 1)
    await expectRejected('sops', () => create('sops', data), 'steps.1.branches', /at least 2/i)
  })

  it("rejects a step in the library files' form (kind, no blockType), naming the field", async () => {
    const data = sampleData('sops', 'kind-not-block', refs) as { steps: Record<string, unknown>[] }
    data.steps[0] = { key: 'listen', kind: 'action', text: 'Listen to the end.' }
    await expectRejected('sops', () => create('sops', data), 'steps.0.blockType', /action, say or decision/)
  })

  it('rejects an SOP step key that is not lowercase words joined by hyphens', async () => {
    const data = sampleData('sops', 'bad-key', refs) as { steps: { key: string }[] }
    data.steps[0]!.key = 'Listen First'
    await expectRejected('sops', () => create('sops', data), 'steps.0.key', /not a step key/)
  })

  it('rejects an SOP whose decision branch points to a missing step', async () => {
    const data = sampleData('sops', 'dangling', refs) as { steps: { branches?: { goto?: string }[] }[] }
    data.steps[1]!.branches![0]!.goto = 'nowhere'
    await expectRejected('sops', () => create('sops', data), 'steps.1.branches.0.goto', /"nowhere".*does not exist/)
  })
})

describe('updating with bad input', () => {
  it('leaves a script unchanged when the new stage is unknown', async () => {
    const created = await create('empathy-scripts', sampleData('empathy-scripts', 'update-stage', refs))
    const send = () => rest('PATCH', `empathy-scripts/${created.body.doc.id}`, { as: editor.credentials, body: { stage: 'shout', title: 'Renamed' } })
    await expectRejected('empathy-scripts', send, 'stage', /invalid selection/i)
  })

  it('leaves an SOP unchanged when an edit breaks its flow', async () => {
    const created = await create('sops', sampleData('sops', 'update-flow', refs))
    const steps = created.body.doc.steps.map((step: { key: string }) => (step.key === 'fix' ? { ...step, key: 'repair' } : step))
    const send = () => rest('PATCH', `sops/${created.body.doc.id}`, { as: editor.credentials, body: { steps } })
    await expectRejected('sops', send, 'steps.1.branches.0.goto', /"fix".*does not exist/)
  })

  it('leaves a strategy unchanged when its required summary is emptied', async () => {
    const created = await create('strategies', sampleData('strategies', 'update-summary', refs))
    const send = () => rest('PATCH', `strategies/${created.body.doc.id}`, { as: editor.credentials, body: { summary: '' } })
    await expectRejected('strategies', send, 'summary', /required/i)
  })
})
