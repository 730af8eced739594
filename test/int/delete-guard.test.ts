import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
let admin: Actor
let refs: SampleRefs

beforeAll(async () => {
  cms = await bootCms()
  admin = (await createActors(cms.payload)).admin
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

const publish = async (collection: 'situations' | 'empathy-scripts' | 'sops', data: Record<string, unknown>) =>
  cms.payload.create({ collection, data: { ...data, _status: 'published' } as never })
const exists = async (collection: 'situations' | 'empathy-scripts', id: number | string) =>
  Boolean(await cms.payload.findByID({ collection, id, disableErrors: true }))

describe('deleting entries that published entries need', () => {
  it('refuses to delete the only published situation of a published script, naming the script', async () => {
    const situation = await publish('situations', sampleData('situations', 'only-one', refs))
    await publish('empathy-scripts', { ...sampleData('empathy-scripts', 'lonely', refs), situations: [situation.id] })
    const response = await rest('DELETE', `situations/${situation.id}`, { as: admin.credentials })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/published entries need it \(empathy-scripts "sample-empathy-scripts-lonely"\)/)
    expect(await exists('situations', situation.id)).toBe(true)
  })

  it('deletes a situation when its scripts keep another published situation', async () => {
    const situation = await publish('situations', sampleData('situations', 'one-of-two', refs))
    await publish('empathy-scripts', { ...sampleData('empathy-scripts', 'two-homes', refs), situations: [situation.id, refs.situation] })
    const response = await rest('DELETE', `situations/${situation.id}`, { as: admin.credentials })
    expect(response.status).toBe(200)
    expect(await exists('situations', situation.id)).toBe(false)
  })

  it('refuses to delete a script that a published SOP says at one of its steps', async () => {
    const script = await publish('empathy-scripts', sampleData('empathy-scripts', 'said-in-sop', refs))
    const sop = sampleData('sops', 'says-it', refs) as { steps: Record<string, unknown>[] }
    sop.steps.push({ key: 'say-it', blockType: 'say', script: script.id })
    await publish('sops', sop)
    const response = await rest('DELETE', `empathy-scripts/${script.id}`, { as: admin.credentials })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/sops "sample-sops-says-it"/)
    expect(await exists('empathy-scripts', script.id)).toBe(true)
  })
})

describe('unpublishing entries that published entries need', () => {
  const isPublished = async (id: number | string) =>
    ((await cms.payload.db.findOne({ collection: 'situations', where: { id: { equals: id } } })) as { _status?: string } | null)?._status === 'published'

  it('refuses to unpublish the only published situation of a published script, naming the script', async () => {
    const situation = await publish('situations', sampleData('situations', 'unpublish-only', refs))
    await publish('empathy-scripts', { ...sampleData('empathy-scripts', 'unpublish-lonely', refs), situations: [situation.id] })
    const response = await rest('PATCH', `situations/${situation.id}`, { as: admin.credentials, body: { _status: 'draft' } })
    expect(response.status).toBe(409)
    expect(response.body.errors[0].message).toMatch(/cannot be unpublished: published entries need it \(empathy-scripts "sample-empathy-scripts-unpublish-lonely"\)/)
    expect(await isPublished(situation.id)).toBe(true)
  })

  it('still lets an editor save a draft of such a situation', async () => {
    const situation = await publish('situations', sampleData('situations', 'draft-ok', refs))
    await publish('empathy-scripts', { ...sampleData('empathy-scripts', 'draft-ok-script', refs), situations: [situation.id] })
    const response = await rest('PATCH', `situations/${situation.id}?draft=true`, { as: admin.credentials, body: { title: 'A draft title', _status: 'draft' } })
    expect(response.status).toBe(200)
    expect(await isPublished(situation.id)).toBe(true)
  })

  it('unpublishes a situation no published entry needs', async () => {
    const situation = await publish('situations', sampleData('situations', 'free-to-go', refs))
    const response = await rest('PATCH', `situations/${situation.id}`, { as: admin.credentials, body: { _status: 'draft' } })
    expect(response.status).toBe(200)
    expect(await isPublished(situation.id)).toBe(false)
  })
})
