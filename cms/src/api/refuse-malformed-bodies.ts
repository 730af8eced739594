import { apiError, type RouteHandler } from './api-response.ts'

/** The deepest a JSON body may nest objects and arrays; library entries (rich text included) need about 20. */
export const MAX_JSON_NESTING = 64

const METHOD_OVERRIDE = ['x-payload-http-method-override', 'x-http-method-override']

/** How deeply `text` nests `[` and `{`, strings skipped; stops counting once past `limit`. */
function nestingOf(text: string, limit: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    if (inString) {
      if (char === '\\') index++
      else if (char === '"') inString = false
    } else if (char === '"') inString = true
    else if (char === '[' || char === '{') {
      deepest = Math.max(deepest, ++depth)
      if (deepest > limit) return deepest
    } else if (char === ']' || char === '}') depth--
  }
  return deepest
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`)

/** What is wrong with a JSON text that should hold the fields of a document, or undefined. `where` names it for the message. */
function jsonProblem(text: string, where: string): string | undefined {
  const depth = nestingOf(text, MAX_JSON_NESTING)
  if (depth > MAX_JSON_NESTING) return `${where} nests arrays and objects more than ${MAX_JSON_NESTING} levels deep: send the fields of one entry.`
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return `${where} is not valid JSON (${(error as Error).message}).`
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return `${where} must be a JSON object of fields, like {"title": "…"}; it is ${describe(value)}.`
  }
  return undefined
}

/**
 * Answers 400 or 415, naming the problem, to a REST write whose body Payload would choke on (500):
 * JSON that is `null`, a string, a number or an array instead of an object of fields, JSON nested
 * deeper than MAX_JSON_NESTING, or a body in a type the API does not read (text/plain, a form that
 * is not a method-overridden GET). Multipart bodies (the admin's saves) have their `_payload`
 * field checked the same way. Writes without a body (sign out, unlock) pass.
 */
export function refuseMalformedBodies<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    if (!request.body || request.method === 'GET' || request.method === 'DELETE') return handler(request, context)
    const text = await request.clone().text()
    if (!text.trim()) return handler(request, context)
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
    let problem: string | undefined
    if (type === 'application/json' || /^application\/[\w.+-]+\+json$/.test(type)) {
      problem = jsonProblem(text, 'The request body')
    } else if (type === 'multipart/form-data') {
      const fields = await request.clone().formData().catch(() => undefined)
      if (!fields) problem = 'The multipart body could not be read: check its boundary and parts.'
      const payload = fields?.get('_payload')
      if (typeof payload === 'string') problem = jsonProblem(payload, 'The _payload field')
    } else if (!(type === 'application/x-www-form-urlencoded' && METHOD_OVERRIDE.some((name) => request.headers.get(name) === 'GET'))) {
      return apiError(
        415,
        `A body of type "${type || 'none given'}" is not accepted here: send the fields as JSON with Content-Type: application/json ` +
          '(or multipart/form-data with the JSON in a _payload field).',
      )
    }
    return problem ? apiError(400, problem) : handler(request, context)
  }
}
