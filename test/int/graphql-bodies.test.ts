import { graphqlHandlers } from '@kb/cms/api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'

/** Malformed GraphQL bodies (issue 11.9, leftover): each gets a 400 naming the problem, never a 500 or seconds of work. */
let cms: BootedCms

beforeAll(async () => {
  cms = await bootCms()
})
afterAll(async () => cms?.close())

/** Posts `body` as it is to the real `/api/graphql` handler; a thrown error counts as the 500 Next would send. */
async function post(body: string, contentType = 'application/json'): Promise<{ status: number; message: string }> {
  const request = new Request('http://kb.test/api/graphql', { method: 'POST', headers: { 'content-type': contentType }, body })
  const response = await graphqlHandlers.POST(request, { params: Promise.resolve({ slug: ['graphql'] }) }).catch(() => new Response(null, { status: 500 }))
  const text = await response.text()
  const parsed = text ? (JSON.parse(text) as { errors?: { message: string }[] }) : {}
  return { status: response.status, message: (parsed.errors ?? []).map((error) => error.message).join(' | ') }
}

const count = '{ Situations { totalDocs } }'
const fragmentChain = (length: number) =>
  `{ Situations { ...F0 } } ${Array.from({ length }, (_, i) => `fragment F${i} on Situations { ...F${i + 1} }`).join(' ')} fragment F${length} on Situations { totalDocs }`

describe('a GraphQL body Payload cannot take', () => {
  it.each([
    ['text that is not JSON', '{not json', /not valid JSON/],
    ['a batch (JSON array)', JSON.stringify([{ query: count }, { query: count }]), /Batched queries .* not supported/],
    ['null', 'null', /must be a JSON object.*null/],
    ['a number as query', JSON.stringify({ query: 5 }), /"query" must be a string.*a number/],
    ['an object as query', JSON.stringify({ query: { a: 1 } }), /"query" must be a string.*a object/],
    ['no query', '{}', /"query" must be a string.*missing/],
    ['a query of 850,000 characters', JSON.stringify({ query: `{ ${'Situations { totalDocs } '.repeat(34_000)} }` }), /characters long: at most 20000/],
    ['a query of more than 5,000 tokens', JSON.stringify({ query: `{ ${'a '.repeat(6_000)}}` }), /Document contains more th\w+ 5000 tokens/],
    ['a chain of 2,000 fragments', JSON.stringify({ query: fragmentChain(2_000) }), /(tokens|characters)/],
    ['a chain of 60 fragments', JSON.stringify({ query: fragmentChain(60) }), /defines 61 fragments: at most 50/],
    ['a syntax error', JSON.stringify({ query: '{ Situations { ' }), /not a GraphQL document.*Syntax Error/],
  ])('answers 400 to %s, saying what is wrong', async (_, body, message) => {
    const response = await post(body)
    expect(response.status).toBe(400)
    expect(response.message).toMatch(message)
  })

  it('answers 415 to a body that is not JSON by type', async () => {
    expect((await post(JSON.stringify({ query: count }), 'text/plain')).status).toBe(415)
  })

  it('still runs a well-formed query, fragments and variables included', async () => {
    const query = 'query Count($limit: Int) { Situations(limit: $limit) { ...F } } fragment F on Situations { totalDocs }'
    const request = new Request('http://kb.test/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables: { limit: 5 } }) })
    const response = await graphqlHandlers.POST(request, { params: Promise.resolve({ slug: ['graphql'] }) })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ data: { Situations: { totalDocs: 0 } } })
  })
})
