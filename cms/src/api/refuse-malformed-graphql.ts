import { GraphQLError, Kind, parse } from 'graphql'
import { apiError, type RouteHandler } from './api-response.ts'

/** The longest `query` text taken: the admin's and the site's queries are a few kilobytes. */
export const MAX_QUERY_CHARS = 20_000
/** Tokens graphql-js may read before it gives up (its `maxTokens` parse option): bounds parse time. */
export const MAX_QUERY_TOKENS = 5_000
/**
 * Fragment definitions per document. Payload's complexity check follows fragment spreads by
 * recursion: a chain of 2,000 fragments overflowed the stack and answered 500.
 */
export const MAX_FRAGMENTS = 50

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`)

/** What is wrong with a GraphQL POST body (JSON text), or undefined when Payload can take it. */
export function graphqlBodyProblem(text: string): string | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return `The request body is not valid JSON (${(error as Error).message}): send {"query": "…", "variables": {…}}.`
  }
  if (Array.isArray(body)) return 'Batched queries (a JSON array) are not supported: send one {"query": "…"} object per request.'
  if (body === null || typeof body !== 'object') return `The request body must be a JSON object like {"query": "…"}; it is ${describe(body)}.`
  const { query } = body as { query?: unknown }
  if (typeof query !== 'string') return `"query" must be a string holding the GraphQL document; it is ${query === undefined ? 'missing' : describe(query)}.`
  if (query.length > MAX_QUERY_CHARS) return `"query" is ${query.length} characters long: at most ${MAX_QUERY_CHARS}.`
  try {
    const document = parse(query, { maxTokens: MAX_QUERY_TOKENS })
    const fragments = document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).length
    if (fragments > MAX_FRAGMENTS) return `"query" defines ${fragments} fragments: at most ${MAX_FRAGMENTS}.`
  } catch (error) {
    return error instanceof GraphQLError ? `"query" is not a GraphQL document Payload can run: ${error.message}` : '"query" could not be parsed.'
  }
  return undefined
}

/**
 * Answers 400, naming the problem, to a GraphQL POST that Payload would answer with a 500 or
 * spend seconds on: a body that is not JSON (Payload throws "Invalid JSON"), a batch (array), a
 * `query` that is not a string, longer than MAX_QUERY_CHARS, over MAX_QUERY_TOKENS tokens, not
 * GraphQL, or with more than MAX_FRAGMENTS fragments. Other content types pass on to Payload (which
 * answers 415); the body size is already bounded by `limitBodySize`.
 */
export function refuseMalformedGraphql<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    if (request.method !== 'POST' || type !== 'application/json') return handler(request, context)
    const problem = graphqlBodyProblem(await request.clone().text())
    return problem ? apiError(400, problem) : handler(request, context)
  }
}
