import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { graphql, rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

/**
 * Issue 11 (leftover of 15): a where-query through a relation or a join must not tell a reader
 * whether a draft-only entry exists, what its id is or what it says.
 */
let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let refs: SampleRefs
let draftScript: { id: number | string; slug: string }
let draftSituation: { id: number | string; slug: string }

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  refs = await createSampleRefs(cms.payload)
  const { payload } = cms
  // A published script on the published situation, so queries through it have something to find.
  await payload.create({ collection: 'empathy-scripts', data: { ...sampleData('empathy-scripts', 'public', refs), _status: 'published' } as never })
  draftScript = await payload.create({
    collection: 'empathy-scripts', draft: true,
    data: { ...sampleData('empathy-scripts', 'walrus', refs), title: 'Secret walrus', line: 'The secret walrus line.', _status: 'draft' } as never,
  })
  draftSituation = await payload.create({
    collection: 'situations', draft: true, data: { ...sampleData('situations', 'hidden', refs), title: 'Hidden narwhal', _status: 'draft' } as never,
  })
  // A published SOP that says the draft-only script at a step (a block).
  const sop = sampleData('sops', 'says-walrus', refs) as { steps: Record<string, unknown>[] }
  sop.steps.splice(1, 0, { key: 'say-it', blockType: 'say', script: draftScript.id })
  await payload.create({ collection: 'sops', data: { ...sop, _status: 'published' } as never })
  // A published strategy linking both the published situation and the draft-only one.
  await payload.create({
    collection: 'strategies',
    data: { ...sampleData('strategies', 'linked', refs), situations: [refs.situation, draftSituation.id], _status: 'published' } as never,
  })
})
afterAll(async () => cms?.close())

const readers = ['anonymous', 'api key'] as const
type Listing = { docs?: Record<string, unknown>[]; totalDocs?: number }
const found = (body: Listing) => body.totalDocs ?? body.docs?.length ?? 0
/** The strategies a situation's join lists. */
const joined = (body: Listing) => (body.docs ?? []).reduce((sum, doc) => sum + ((doc.strategies as { docs?: unknown[] } | undefined)?.docs?.length ?? 0), 0)

describe('where-queries through relations, as a reader', () => {
  const cases = () =>
    [
      ['a join, by the draft script’s title', `situations?where[scripts.title][like]=walrus`, found],
      ['a join, by the draft script’s slug', `situations?where[scripts.slug][equals]=${draftScript.slug}`, found],
      ['a join, by the draft script’s id', `situations?where[scripts][in]=${draftScript.id}`, found],
      ['a relation, by the draft situation’s slug', `strategies?where[situations.slug][equals]=${draftSituation.slug}`, found],
      ['a relation, by the draft situation’s title', `strategies?where[situations.title][like]=narwhal`, found],
      ['a relation, by the draft situation’s id', `strategies?where[situations][in]=${draftSituation.id}`, found],
      ['a relation, by the draft situation’s id (equals)', `strategies?where[situations][equals]=${draftSituation.id}`, found],
      ['a relation, by the draft situation’s id (id path)', `strategies?where[situations.id][equals]=${draftSituation.id}`, found],
      ['a relation, by the draft situation’s id (in an or)', `strategies?where[or][0][situations][equals]=${draftSituation.id}&where[or][1][title][equals]=none`, found],
      ['a relation through a relation, by the draft situation’s id', `situations?where[strategies.situations][equals]=${draftSituation.id}`, found],
      ['a relation in a block, by the draft script’s id', `sops?where[steps.script][equals]=${draftScript.id}`, found],
      ['a join’s own where, by the draft situation’s id', `situations?joins[strategies][where][situations][equals]=${draftSituation.id}&joins[strategies][limit]=5`, joined],
    ] as const

  for (const reader of readers) {
    it(`finds nothing for ${reader} that only a draft-only entry matches`, async () => {
      const leaks: string[] = []
      for (const [what, path, count] of cases()) {
        const response = await rest('GET', path, { as: actors[reader].credentials })
        if (response.status !== 200 || count(response.body) > 0) leaks.push(`${what}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`)
      }
      expect(leaks).toEqual([])
    })

    it(`refuses ${reader} a range or text comparison on relation ids, naming it`, async () => {
      for (const operator of ['greater_than', 'less_than_equal', 'like']) {
        const response = await rest('GET', `strategies?where[situations][${operator}]=${draftSituation.id}`, { as: actors[reader].credentials })
        expect(response.status).toBe(400)
        expect(response.body.errors[0].message).toContain(`where[situations][${operator}]`)
      }
    })
  }

  it('finds nothing in GraphQL for a reader filtering by a draft-only entry’s id', async () => {
    const response = await graphql(`{ Strategies(where: { situations: { in: [${draftSituation.id}] } }) { totalDocs } }`, { as: actors['api key'].credentials })
    expect(response.body).toEqual({ data: { Strategies: { totalDocs: 0 } } })
  })

  it('still finds entries through a published relation, and excludes by a draft id as if it did not exist', async () => {
    const through = await rest('GET', `strategies?where[situations][in]=${refs.situation},${draftSituation.id}`, { as: actors.anonymous.credentials })
    expect(found(through.body)).toBe(1)
    const excluding = await rest('GET', `strategies?where[situations][not_in]=${draftSituation.id}`, { as: actors.anonymous.credentials })
    expect(found(excluding.body)).toBe(1)
  })

  it('lets an editor query through draft entries', async () => {
    const response = await rest('GET', `strategies?where[situations][in]=${draftSituation.id}`, { as: actors.editor.credentials })
    expect(found(response.body)).toBe(1)
  })
})

describe('where operators the database cannot run', () => {
  it.each(['anonymous', 'editor'] as const)('answers 400 naming the condition to %s using "all", not 500', async (who) => {
    const response = await rest('GET', `strategies?where[situations][all]=${refs.situation}`, { as: actors[who].credentials })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/where\[situations\]\[all\].*use "in"/)
  })

  it.each(['anonymous', 'editor'] as const)("answers 400 naming the path to %s going past a step block's script, not 500", async (who) => {
    const response = await rest('GET', `sops?where[steps.script.title][like]=walrus`, { as: actors[who].credentials })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].message).toMatch(/where\[steps\.script\.title\].*where\[steps\.script\]\[equals\]/)
  })

  it('still finds SOPs by the id of a script one of their steps says', async () => {
    const response = await rest('GET', `sops?where[steps.script][equals]=${draftScript.id}`, { as: actors.editor.credentials })
    expect(found(response.body)).toBe(1)
  })
})
