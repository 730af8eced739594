import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { restHandlers } from '@kb/cms/api'
import { graphql, rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type SampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let refs: SampleRefs

beforeAll(async () => {
  cms = await bootCms()
  // Before anyone else exists: an account created asking to be an editor.
  await cms.payload.create({ collection: 'users', data: { email: 'first@kb.test', password: 'pw-123456789', role: 'editor' } })
  actors = await createActors(cms.payload)
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

describe('accounts', () => {
  it('makes the very first account an admin whatever role was asked for', async () => {
    const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: 'first@kb.test' } } })
    expect(docs[0]?.role).toBe('admin')
  })

  it('gives later accounts the role they were created with', async () => {
    expect(actors.editor.user?.role).toBe('editor')
  })

  it('stops an editor from creating accounts', async () => {
    const response = await rest('POST', 'users', { as: actors.editor.credentials, body: { email: 'new@kb.test', password: 'pw-123456789', role: 'editor' } })
    expect(response.status).toBe(403)
    expect((await cms.payload.count({ collection: 'users', where: { email: { equals: 'new@kb.test' } } })).totalDocs).toBe(0)
  })

  it('stops an editor from promoting themself to admin', async () => {
    const id = actors.editor.user!.id
    await rest('PATCH', `users/${id}`, { as: actors.editor.credentials, body: { role: 'admin' } })
    expect((await cms.payload.findByID({ collection: 'users', id })).role).toBe('editor')
  })

  it('lets an admin create an editor account', async () => {
    const response = await rest('POST', 'users', { as: actors.admin.credentials, body: { email: 'second-editor@kb.test', password: 'pw-123456789', role: 'editor' } })
    expect(response.status).toBe(201)
    expect(response.body.doc.role).toBe('editor')
  })

  it('hides other accounts from an editor', async () => {
    const response = await rest('GET', 'users', { as: actors.editor.credentials })
    expect(response.body.docs.map((u: { email: string }) => u.email)).toEqual(['editor@kb.test'])
  })
})

describe('API keys', () => {
  it('answers a request with an unknown API key with 401, not as anonymous', async () => {
    const response = await rest('GET', 'empathy-scripts', { as: { apiKey: 'not-a-real-key' } })
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toMatch(/invalid or has been revoked/)
  })

  it('answers a GraphQL request with an unknown API key with 401', async () => {
    const response = await graphql('{ EmpathyScripts { docs { title } } }', { as: { apiKey: 'not-a-real-key' } })
    expect(response.status).toBe(401)
  })

  it('answers 401 to an Authorization header in a scheme or spelling nobody matches', async () => {
    for (const header of ['Bearer reader-api-key-0123456789', 'users api-key reader-api-key-0123456789', 'API-Key reader-api-key-0123456789']) {
      const response = await restHandlers.GET(new Request('http://kb.test/api/sources', { headers: { authorization: header } }), {
        params: Promise.resolve({ slug: ['sources'] }),
      })
      expect(response.status, header).toBe(401)
    }
  })

  it('answers 401 once an admin revokes a tool key', async () => {
    await cms.payload.create({
      collection: 'users',
      data: { email: 'revoked-tool@kb.test', password: 'pw-123456789', role: 'reader', enableAPIKey: true, apiKey: 'soon-revoked-key-0001' },
    })
    expect((await rest('GET', 'sources', { as: { apiKey: 'soon-revoked-key-0001' } })).status).toBe(200)
    const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: 'revoked-tool@kb.test' } } })
    await rest('PATCH', `users/${docs[0]!.id}`, { as: actors.admin.credentials, body: { enableAPIKey: false } })
    expect((await rest('GET', 'sources', { as: { apiKey: 'soon-revoked-key-0001' } })).status).toBe(401)
  })

  it('lets an editor publish through REST with their own API key', async () => {
    await cms.payload.update({ collection: 'users', id: actors.editor.user!.id, data: { enableAPIKey: true, apiKey: 'editor-tool-key-0001' } })
    const response = await rest('POST', 'empathy-scripts', {
      as: { apiKey: 'editor-tool-key-0001' },
      body: { ...sampleData('empathy-scripts', 'via-editor-key', refs), _status: 'published' },
    })
    expect(response.status).toBe(201)
    expect(response.body.doc._status).toBe('published')
  })
})

describe('GraphQL and joins', () => {
  it('shows anonymous readers published scripts and never drafts', async () => {
    await cms.payload.create({ collection: 'empathy-scripts', data: { ...sampleData('empathy-scripts', 'gql-published', refs), _status: 'published' } as never })
    await cms.payload.create({ collection: 'empathy-scripts', data: { ...sampleData('empathy-scripts', 'gql-draft', refs), _status: 'draft' } as never, draft: true })
    const response = await graphql('{ EmpathyScripts(limit: 100, draft: true) { docs { title } } }')
    const titles = response.body.data.EmpathyScripts.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('Sample empathy-scripts gql-published')
    expect(titles).not.toContain('Sample empathy-scripts gql-draft')
  })

  it('shows a reader key the scripts a strategy joins in, published ones only', async () => {
    const strategy = await cms.payload.create({ collection: 'strategies', data: { ...sampleData('strategies', 'joined', refs), _status: 'published' } as never })
    for (const status of ['published', 'draft'] as const) {
      await cms.payload.create({
        collection: 'empathy-scripts',
        data: { ...sampleData('empathy-scripts', `joined-${status}`, refs), strategies: [strategy.id], _status: status } as never,
        draft: status === 'draft',
      })
    }
    const response = await rest('GET', `strategies/${strategy.id}?depth=1`, { as: actors['api key'].credentials })
    const titles = response.body.scripts.docs.map((d: { title: string }) => d.title)
    expect(titles).toEqual(['Sample empathy-scripts joined-published'])
  })
})
