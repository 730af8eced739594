import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { graphql, rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

/**
 * Readers (anonymous visitors and reader API keys) get the published version of every entry,
 * whatever `draft` they pass (issue 11.12), and never the ids of draft-only entries in a published
 * entry's relations (issue 11.15). Editors still see drafts and every relation.
 */
let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let refs: SampleRefs
/** A published script with a newer, unpublished edit of its title. */
let edited: { id: number; title: string }
/** A script and a situation that were never published. */
let draftScript: number
let draftSituation: number
let sop: number
/** An SOP, never published, that says the edited script. */
let draftSop: number
let strategy: number

beforeAll(async () => {
  cms = await bootCms()
  const { payload } = cms
  actors = await createActors(payload)
  refs = await createSampleRefs(payload)
  const published = <T extends object>(data: T) => ({ ...data, _status: 'published' as const })
  const script = await payload.create({ collection: 'empathy-scripts', data: published(sampleData('empathy-scripts', 'edited', refs)) as never })
  await payload.update({ collection: 'empathy-scripts', id: script.id, data: { title: `${script.title} (draft edit)` }, draft: true })
  edited = { id: script.id, title: script.title }
  draftSituation = (await payload.create({ collection: 'situations', data: sampleData('situations', 'never-published', refs) as never, draft: true })).id
  draftScript = (await payload.create({ collection: 'empathy-scripts', data: sampleData('empathy-scripts', 'never-published', refs) as never, draft: true })).id
  const sopData = sampleData('sops', 'says', refs) as { steps: Record<string, unknown>[] }
  sopData.steps.splice(1, 0, { key: 'say-it', blockType: 'say', script: edited.id, text: 'When they pause.' }, { key: 'say-draft', blockType: 'say', script: draftScript })
  sop = (await payload.create({ collection: 'sops', data: published({ ...sopData, situations: [refs.situation, draftSituation] }) as never })).id
  const draftSopData = sampleData('sops', 'draft-says', refs) as { steps: Record<string, unknown>[] }
  draftSopData.steps.splice(1, 0, { key: 'say-it', blockType: 'say', script: edited.id })
  draftSop = (await payload.create({ collection: 'sops', data: draftSopData as never, draft: true })).id
  const strategyData = { ...sampleData('strategies', 'linked', refs), situations: [refs.situation, draftSituation] }
  strategy = (await payload.create({ collection: 'strategies', data: published(strategyData) as never })).id
})
afterAll(async () => cms?.close())

const readers = ['anonymous', 'api key'] as const
const get = async (actor: Actor, path: string) => {
  const response = await rest('GET', path, { as: actor.credentials })
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return response.body
}
const idOf = (value: unknown) => (value && typeof value === 'object' && 'id' in value ? value.id : value)

describe.each(readers)('%s passing draft=true', (name) => {
  it('finds a published script with a newer draft in a list, with its published title', async () => {
    const body = await get(actors[name], `empathy-scripts?draft=true&limit=100&where[id][equals]=${edited.id}`)
    expect(body.docs.map((doc: { title: string }) => doc.title)).toEqual([edited.title])
  })

  it('reads the published title of that script by id', async () => {
    expect((await get(actors[name], `empathy-scripts/${edited.id}?draft=true`)).title).toBe(edited.title)
  })

  it('finds it through GraphQL', async () => {
    const response = await graphql(`{ EmpathyScripts(draft: true, limit: 100) { docs { id title } } }`, { as: actors[name].credentials })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.EmpathyScripts.docs).toContainEqual({ id: edited.id, title: edited.title })
  })

  it('lists on that script the published SOP that says it, not the draft one', async () => {
    expect((await get(actors[name], `empathy-scripts/${edited.id}?depth=0`)).sops).toEqual([sop])
  })

  it("finds it in its situation's join", async () => {
    const body = await get(actors[name], `situations/${refs.situation}?draft=true&depth=0&joins[scripts][limit]=100`)
    expect(body.scripts.docs.map(idOf)).toContain(edited.id)
  })

  it("shows it, populated, at the SOP step that says it", async () => {
    const body = await get(actors[name], `sops/${sop}?draft=true&depth=1`)
    const step = body.steps.find((row: { key: string }) => row.key === 'say-it')
    expect(step.script).toMatchObject({ id: edited.id, title: edited.title })
  })
})

describe.each(readers)('%s reading relations', (name) => {
  it.each([0, 1])('sees no id of a draft-only situation in a published strategy at depth %i', async (depth) => {
    const body = await get(actors[name], `strategies/${strategy}?depth=${depth}`)
    expect(body.situations.map(idOf)).toEqual([refs.situation])
  })

  it('sees no id of a draft-only situation in a list of SOPs', async () => {
    const body = await get(actors[name], `sops?depth=0&limit=10&where[id][equals]=${sop}`)
    expect(body.docs[0].situations).toEqual([refs.situation])
  })

  it.each([0, 1])('sees no id of a draft-only script at an SOP step at depth %i', async (depth) => {
    const body = await get(actors[name], `sops/${sop}?depth=${depth}`)
    expect(body.steps.find((row: { key: string }) => row.key === 'say-draft').script).toBeNull()
  })

  it('sees no draft-only id through GraphQL', async () => {
    const response = await graphql(`{ Strategy(id: ${strategy}) { situations { id } } }`, { as: actors[name].credentials })
    expect(response.body.data.Strategy.situations.map(idOf)).toEqual([refs.situation])
  })
})

describe('editors', () => {
  it('read the newer draft with draft=true', async () => {
    expect((await get(actors.editor, `empathy-scripts/${edited.id}?draft=true`)).title).toBe(`${edited.title} (draft edit)`)
  })

  it('see on a script every SOP that says it, draft ones included', async () => {
    expect((await get(actors.editor, `empathy-scripts/${edited.id}?depth=0`)).sops).toEqual(expect.arrayContaining([sop, draftSop]))
  })

  it('see every relation, draft-only ones included', async () => {
    const body = await get(actors.editor, `strategies/${strategy}?depth=0`)
    expect(body.situations).toEqual([refs.situation, draftSituation])
    const steps = (await get(actors.editor, `sops/${sop}?depth=0`)).steps
    expect(steps.find((row: { key: string }) => row.key === 'say-draft').script).toBe(draftScript)
  })
})
