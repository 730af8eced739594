import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { graphqlHandlers, restHandlers } from '@kb/cms/api'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let adminCookie = ''
let ownOrigin = ''
/** The public site: same host, another port. A page there must not write with an editor's cookie. */
const SITE_ORIGIN = 'http://localhost:4321'

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  const { token } = await cms.payload.login({ collection: 'users', data: { email: 'admin@kb.test', password: 'correct-horse-battery-staple' } })
  adminCookie = `payload-token=${token}`
  ownOrigin = cms.config.csrf[0]!
})
afterAll(async () => cms?.close())

/** A REST call as a browser makes it: the session cookie, and whatever Origin headers the page gives. */
async function browserRest(method: 'POST' | 'PATCH' | 'DELETE', path: string, headers: Record<string, string>, body?: unknown) {
  const request = new Request(`http://kb.test/api/${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const response = await restHandlers[method](request, { params: Promise.resolve({ slug: path.split('/') }) })
  return { status: response.status, headers: response.headers, body: await response.json() }
}

const accountCount = async (email: string) => (await cms.payload.count({ collection: 'users', where: { email: { equals: email } } })).totalDocs
const newAdmin = (email: string) => ({ email, password: 'pw-123456789', role: 'admin' })

describe('cookie-authenticated writes from other origins', () => {
  it('refuses to create an admin account from a page on the public site, and creates nothing', async () => {
    const response = await browserRest('POST', 'users', { cookie: adminCookie, origin: SITE_ORIGIN }, newAdmin('csrf-admin@kb.test'))
    expect(response.status).toBe(403)
    expect(response.body.errors[0].message).toContain(`Origin "${SITE_ORIGIN}"`)
    expect(await accountCount('csrf-admin@kb.test')).toBe(0)
  })

  it('refuses a signed-in edit and a delete from a sibling subdomain', async () => {
    const situation = await cms.payload.create({ collection: 'situations', data: { title: 'Kept as is', description: 'Unchanged.' }, draft: true })
    const foreign = { cookie: adminCookie, origin: 'http://evil.localhost:3000' }
    expect((await browserRest('PATCH', `situations/${situation.id}`, foreign, { title: 'Defaced' })).status).toBe(403)
    expect((await browserRest('DELETE', `situations/${situation.id}`, foreign)).status).toBe(403)
    const after = await cms.payload.findByID({ collection: 'situations', id: situation.id, draft: true })
    expect(after.title).toBe('Kept as is')
  })

  it('refuses a signed-in write that a browser marks cross-site without an Origin', async () => {
    const response = await browserRest('POST', 'users', { cookie: adminCookie, 'sec-fetch-site': 'same-site' }, newAdmin('no-origin@kb.test'))
    expect(response.status).toBe(403)
    expect(await accountCount('no-origin@kb.test')).toBe(0)
  })

  it('refuses a GraphQL mutation with the cookie from another origin, and runs nothing', async () => {
    const request = new Request('http://kb.test/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: adminCookie, origin: SITE_ORIGIN },
      body: JSON.stringify({ query: 'mutation { createUser(data: { email: "gql-csrf@kb.test", password: "pw-123456789", role: admin }) { id } }' }),
    })
    const response = await graphqlHandlers.POST(request, { params: Promise.resolve({ slug: ['graphql'] }) })
    expect(response.status).toBe(403)
    expect(await accountCount('gql-csrf@kb.test')).toBe(0)
  })
})

describe('writes the CMS still accepts', () => {
  it("accepts the same signed-in write from the CMS's own admin pages", async () => {
    const response = await browserRest('POST', 'users', { cookie: adminCookie, origin: ownOrigin }, newAdmin('own-origin@kb.test'))
    expect(response.status).toBe(201)
    expect(await accountCount('own-origin@kb.test')).toBe(1)
  })

  it('accepts a write from a tool with an API key and no cookie', async () => {
    await cms.payload.update({ collection: 'users', id: actors.editor.user!.id, data: { enableAPIKey: true, apiKey: 'editor-csrf-test-key-01' } })
    const response = await browserRest('POST', 'situations', { authorization: 'users API-Key editor-csrf-test-key-01' }, {
      title: 'Written by a tool', description: 'Through the API.',
    })
    expect(response.status).toBe(201)
  })
})

describe('cross-origin reads from a browser', () => {
  it('lets only the CMS origin read API answers from a script (CORS)', async () => {
    const get = async (origin: string) =>
      (await restHandlers.GET(new Request('http://kb.test/api/situations', { headers: { origin } }), { params: Promise.resolve({ slug: ['situations'] }) })).headers
    expect((await get(SITE_ORIGIN)).get('access-control-allow-origin')).toBeNull()
    expect((await get(ownOrigin)).get('access-control-allow-origin')).toBe(ownOrigin)
  })
})
