import { restHandlers } from '@kb/cms/api'
import { describe, expect, it } from 'vitest'
import { cmsForFile } from '../helpers/cms-for-file.ts'
import { graphql, rest } from '../helpers/rest.ts'
import { sampleData } from '../helpers/sample-data.ts'

/** Inputs that made the CMS answer 500 (issue 11.9): each must get a 4xx that names the problem, and write nothing. */
const context = cmsForFile()

const stored = async () => (await context().cms.payload.count({ collection: 'situations' })).totalDocs + (await context().cms.payload.count({ collection: 'empathy-scripts' })).totalDocs
const messageOf = (body: { errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[] }) =>
  (body.errors ?? []).flatMap((error) => [error.message, ...(error.data?.errors ?? []).map((inner) => `${inner.path}: ${inner.message}`)]).join(' | ')

/** Sends `body` as it is, with `contentType`, as the editor. */
async function send(method: 'POST' | 'PATCH', path: string, body: string, contentType: string) {
  const url = new URL(`http://kb.test/api/${path}`)
  const headers = new Headers({ 'content-type': contentType, authorization: `JWT ${(context().actors.editor.credentials as { jwt: string }).jwt}` })
  const response = await restHandlers[method](new Request(url, { method, headers, body }), { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

describe('a draft save with a relation that is not an id of an entry', () => {
  it.each([
    ['"1 OR 1=1"', '1 OR 1=1'],
    ['[999999]', [999999]],
    ['["1 OR 1=1"]', ['1 OR 1=1']],
  ])('refuses situations %s with 400 naming the field', async (_, situations) => {
    const before = await stored()
    const response = await rest('POST', 'empathy-scripts?draft=true', { as: context().actors.editor.credentials, body: { ...sampleData('empathy-scripts', `rel-${Math.random()}`, context().refs), situations } })
    expect(response.status).toBe(400)
    expect(messageOf(response.body)).toMatch(/^.*situations: /m)
    expect(await stored()).toBe(before)
  })
})

describe('a write whose body is not a JSON object of fields', () => {
  const cases: [string, string, string, number, RegExp][] = [
    ['null', 'null', 'application/json', 400, /must be a JSON object.*null/],
    ['a string', '"str"', 'application/json', 400, /must be a JSON object.*string/],
    ['an array', '[1, 2]', 'application/json', 400, /must be a JSON object.*array/],
    ['100,000 nested arrays', `${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'application/json', 400, /more than 64 levels deep/],
    ['text/plain', 'title=Hello', 'text/plain', 415, /"text\/plain" is not accepted.*application\/json/],
    ['url-encoded', 'title=Hello&slug=hello', 'application/x-www-form-urlencoded', 415, /"application\/x-www-form-urlencoded" is not accepted/],
    ['multipart with _payload null', '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--b--\r\n', 'multipart/form-data; boundary=b', 400, /_payload field must be a JSON object/],
  ]
  it.each(cases)('refuses %s on create and on update, saying what was expected', async (_, body, type, status, message) => {
    const before = await stored()
    for (const [method, path] of [['POST', 'situations?draft=true'], ['PATCH', `situations/${context().refs.situation}?draft=true`]] as const) {
      const response = await send(method, path, body, type)
      expect(response.status, `${method} ${JSON.stringify(response.body)}`).toBe(status)
      expect(messageOf(response.body)).toMatch(message)
    }
    expect(await stored()).toBe(before)
  })

  it('still takes a JSON object, and a multipart body with one in _payload', async () => {
    const json = await send('PATCH', `situations/${context().refs.situation}?draft=true`, JSON.stringify({ description: 'Edited as JSON.' }), 'application/json')
    expect(json.status).toBe(200)
    const form = new FormData()
    form.set('_payload', JSON.stringify({ description: 'Edited as a form.' }))
    const encoded = new Response(form)
    const multipart = await send('PATCH', `situations/${context().refs.situation}?draft=true`, await encoded.text(), encoded.headers.get('content-type')!)
    expect(multipart.status).toBe(200)
  })
})

describe('version histories that do not exist', () => {
  it.each(['editor', 'admin', 'api key'] as const)('answers 404 naming the global to %s asking for site-build versions', async (name) => {
    const response = await rest('GET', 'globals/site-build/versions', { as: context().actors[name].credentials })
    expect(response.status).toBe(404)
    expect(messageOf(response.body)).toMatch(/"site-build" keeps no versions/)
  })

  it('answers 404 naming the collection for users versions', async () => {
    const response = await rest('GET', 'users/versions', { as: context().actors.admin.credentials })
    expect(response.status).toBe(404)
    expect(messageOf(response.body)).toMatch(/"users" keeps no versions/)
  })
})

describe('GraphQL Access', () => {
  it('answers canAccessAdmin false to an anonymous caller, and every permission as true or false', async () => {
    const response = await graphql('{ Access { canAccessAdmin strategies { create { permission } read { permission } } } }')
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Access).toEqual({ canAccessAdmin: false, strategies: { create: { permission: false }, read: { permission: true } } })
  })

  it('answers canAccessAdmin true to an editor', async () => {
    const response = await graphql('{ Access { canAccessAdmin } }', { as: context().actors.editor.credentials })
    expect(response.body.data.Access.canAccessAdmin).toBe(true)
  })
})
