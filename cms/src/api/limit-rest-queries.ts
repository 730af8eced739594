import { getPayload, type SanitizedConfig } from 'payload'
import { hasRole } from '../access/roles.ts'
import { apiError, type RouteHandler } from './api-response.ts'
import { depthMessage, limitMessage, MAX_DEPTH, MAX_READER_LIMIT, paginationMessage, wholeNumberIn } from './query-limits.ts'

const METHOD_OVERRIDE = ['x-payload-http-method-override', 'x-http-method-override']
const JOIN_LIMIT = /^joins\[[^\]]*\]\[limit\]/
/** Parameters Payload turns into a number or a flag. */
const NUMERIC = ['depth', 'limit', 'pagination']

/**
 * The query Payload will act on: the URL's, or, for a POST that asks to be treated as a GET
 * (Payload's method override, used against long URLs), the URL with the form body appended, as
 * Payload appends it.
 */
async function effectiveQuery(request: Request): Promise<URLSearchParams> {
  const overridden = METHOD_OVERRIDE.some((name) => request.headers.get(name) === 'GET')
  if (request.method === 'POST' && overridden && request.headers.get('content-type') === 'application/x-www-form-urlencoded') {
    return new URL(`${request.url}?${await request.clone().text()}`).searchParams
  }
  return new URL(request.url).searchParams
}

/**
 * A parameter Payload reads as a number or flag must be given once and plainly: `depth[0]=7` or
 * `limit=1&limit=1000` would reach Payload as arrays, which it turns into numbers its own way.
 */
function shapeProblem(query: URLSearchParams): string | undefined {
  for (const key of new Set(query.keys())) {
    const root = key.split('[')[0] ?? key
    if ((NUMERIC.includes(root) && key !== root) || (JOIN_LIMIT.test(key) && !key.endsWith('][limit]'))) {
      return `"${key}" is not a parameter this API takes: give ${root === 'joins' ? 'joins[<field>][limit]' : root} once, as a plain value.`
    }
    const count = query.getAll(key).length
    if ((NUMERIC.includes(key) || JOIN_LIMIT.test(key)) && count > 1) return `${key} is given ${count} times: give it once.`
  }
  return undefined
}

/** A page size a reader may not ask for, by parameter: `limit`, `joins[…][limit]`, `pagination`. */
function readerProblem(query: URLSearchParams): string | undefined {
  for (const [key, value] of query) {
    if ((key === 'limit' || JOIN_LIMIT.test(key)) && wholeNumberIn(value, 1, MAX_READER_LIMIT) === undefined) return limitMessage(key, value)
    if (key === 'pagination' && value === 'false') return paginationMessage
  }
  return undefined
}

/**
 * Answers 400, naming the parameter, to a REST request that would load without bound: `depth`
 * above MAX_DEPTH from anyone, and from anonymous visitors and reader API keys a `limit` (or a
 * join's limit) outside 1–MAX_READER_LIMIT or `pagination=false`. Editors and admins may page as
 * they like. Payload's `maxDepth` clamps whatever slips past this check.
 */
export function limitRestQueries<Context>(config: Promise<SanitizedConfig>, handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const query = await effectiveQuery(request)
    const shape = shapeProblem(query)
    if (shape) return apiError(400, shape)
    const depth = query.get('depth')
    if (depth !== null && wholeNumberIn(depth, 0, MAX_DEPTH) === undefined) return apiError(400, depthMessage(depth))
    const problem = readerProblem(query)
    if (problem) {
      const payload = await getPayload({ config })
      const { user } = await payload.auth({ headers: request.headers })
      if (!hasRole(user, 'admin', 'editor')) return apiError(400, problem)
    }
    return handler(request, context)
  }
}
