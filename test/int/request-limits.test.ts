import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { restHandlers } from '@kb/cms/api'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { graphql, rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let refs: SampleRefs

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  refs = await createSampleRefs(cms.payload)
  // Six published strategies, each related to the next two: every level of population fans out.
  const ids: number[] = []
  for (let i = 0; i < 6; i++) {
    const response = await rest('POST', 'strategies', { as: actors.editor.credentials, body: { ...sampleData('strategies', `ring-${i}`, refs), _status: 'published' } })
    ids.push(response.body.doc.id)
  }
  for (const [i, id] of ids.entries()) {
    await cms.payload.update({ collection: 'strategies', id, data: { related: [ids[(i + 1) % 6]!, ids[(i + 2) % 6]!] } })
  }
})
afterAll(async () => cms?.close())

/** A nested `related { … }` selection, `levels` deep. */
const nestedRelated = (levels: number): string => (levels === 0 ? 'title' : `title related { ${nestedRelated(levels - 1)} }`)
const messageOf = (body: { errors?: { message: string }[] }) => body.errors?.map((e) => e.message).join(' | ') ?? ''

describe('REST population depth', () => {
  it('refuses depth=7 with a 400 naming depth, instead of populating relations without end', async () => {
    const response = await rest('GET', 'strategies?limit=100&depth=7')
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(/depth=7 is not allowed: expected a whole number from 0 to 3/)
  })

  it('answers depth=3 with a bounded page', async () => {
    const started = Date.now()
    const response = await rest('GET', 'strategies?limit=100&depth=3')
    expect(response.status).toBe(200)
    expect(JSON.stringify(response.body).length).toBeLessThan(1_000_000)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('refuses depth given as an array or twice, which Payload would otherwise read its own way', async () => {
    for (const query of ['depth[0]=7', 'depth=1&depth=7', 'limit[0]=1000']) {
      const response = await rest('GET', `strategies?${query}`)
      expect(response.status, query).toBe(400)
    }
  })

  it('refuses depth=7 sent in a method-override body', async () => {
    const request = new Request('http://kb.test/api/strategies', {
      method: 'POST',
      headers: { 'x-payload-http-method-override': 'GET', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'depth=7&limit=100',
    })
    const response = await restHandlers.POST(request, { params: Promise.resolve({ slug: ['strategies'] }) })
    expect(response.status).toBe(400)
  })
})

describe('REST page size', () => {
  it('refuses anonymous and reader-key pages over 100 entries, or all of them at once', async () => {
    for (const [query, name] of [['limit=1000', 'limit=1000'], ['limit=0', 'limit=0'], ['pagination=false', 'pagination=false'], ['joins[scripts][limit]=0', 'joins[scripts][limit]=0']]) {
      for (const as of [null, actors['api key'].credentials]) {
        const response = await rest('GET', `strategies?${query}`, { as })
        expect(response.status, `${query} as ${JSON.stringify(as)}`).toBe(400)
        expect(messageOf(response.body)).toContain(name)
      }
    }
  })

  it('serves a reader a full page of 100 and lets an editor ask for more', async () => {
    expect((await rest('GET', 'strategies?limit=100', { as: actors['api key'].credentials })).status).toBe(200)
    expect((await rest('GET', 'strategies?limit=500', { as: actors.editor.credentials })).status).toBe(200)
  })
})

describe('GraphQL limits', () => {
  it('refuses a 12-deep related { related { … } } query before running it', async () => {
    const started = Date.now()
    const response = await graphql(`{ Strategies(limit: 100) { docs { ${nestedRelated(12)} } } }`)
    expect(response.status).toBeLessThan(500)
    expect(response.body.data).toBeUndefined()
    expect(messageOf(response.body)).toMatch(/nests relations 4 deep: at most 3/)
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('answers a query three relations deep', async () => {
    const response = await graphql(`{ Strategies(limit: 100) { docs { ${nestedRelated(3)} } } }`)
    expect(messageOf(response.body)).toBe('')
    expect(response.body.data.Strategies.docs.length).toBeGreaterThanOrEqual(6)
  })

  it('refuses anonymous pages over 100, all-at-once pages and joins without a limit, naming the field', async () => {
    for (const [query, problem] of [
      ['{ Strategies(limit: 1000) { docs { title } } }', /Strategies\(limit\)=1000/],
      ['{ Strategies(pagination: false) { docs { title } } }', /pagination=false/],
      ['{ Strategies(limit: 5) { docs { scripts { docs { title } } } } }', /scripts lists every joined document unless given a limit/],
    ] as const) {
      const response = await graphql(query)
      expect(response.body.data, query).toBeUndefined()
      expect(messageOf(response.body), query).toMatch(problem)
    }
    expect(messageOf((await graphql('{ Strategies(limit: 5) { docs { scripts(limit: 10) { docs { title } } } } }')).body)).toBe('')
  })

  it('lets an editor ask for a larger page', async () => {
    const response = await graphql('{ Strategies(limit: 1000) { docs { title } } }', { as: actors.editor.credentials })
    expect(messageOf(response.body)).toBe('')
  })
})
