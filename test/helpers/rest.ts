import { restHandlers, graphqlHandlers } from '@kb/cms/api'

const BASE = 'http://kb.test/api'

/** How a request authenticates: nobody, a user's JWT, or an API key. */
export type Credentials = { jwt: string } | { apiKey: string } | null

function headersFor(credentials: Credentials, json: boolean): Headers {
  const headers = new Headers()
  if (json) headers.set('content-type', 'application/json')
  if (credentials && 'jwt' in credentials) headers.set('authorization', `JWT ${credentials.jwt}`)
  if (credentials && 'apiKey' in credentials) headers.set('authorization', `users API-Key ${credentials.apiKey}`)
  return headers
}

export interface RestResponse {
  status: number
  body: any
  headers: Headers
}

/**
 * Calls the CMS's real REST route handlers (the ones Next serves) with a Web `Request`, without
 * starting a server. `path` is what follows `/api/`, e.g. `strategies/3?draft=true`.
 */
export async function rest(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  { as = null, body, headers }: { as?: Credentials; body?: unknown; headers?: Record<string, string> } = {},
): Promise<RestResponse> {
  const url = new URL(`${BASE}/${path}`)
  const allHeaders = headersFor(as, body !== undefined)
  for (const [name, value] of Object.entries(headers ?? {})) allHeaders.set(name, value)
  const request = new Request(url, {
    method,
    headers: allHeaders,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const slug = url.pathname.replace(/^\/api\//, '').split('/')
  const response = await restHandlers[method](request, { params: Promise.resolve({ slug }) })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
}

/** Posts a GraphQL query to the real `/api/graphql` handler. */
export async function graphql(query: string, { as = null }: { as?: Credentials } = {}): Promise<RestResponse> {
  const request = new Request(`${BASE}/graphql`, {
    method: 'POST',
    headers: headersFor(as, true),
    body: JSON.stringify({ query }),
  })
  const response = await graphqlHandlers.POST(request, { params: Promise.resolve({ slug: ['graphql'] }) })
  return { status: response.status, body: await response.json(), headers: response.headers }
}
