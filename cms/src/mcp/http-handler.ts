import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js'
import { getPayload, type SanitizedConfig } from 'payload'
import { limitBodySize } from '../api/limit-body-size.ts'
import type { SiteFolder } from './live-search.ts'
import { createKbMcpServer } from './server.ts'

/** How a hosted assistant authenticates: a user's API key, as REST takes it. */
const API_KEY_HEADER = /^users API-Key \S+$/

/** A JSON-RPC error answer with an HTTP status, as MCP clients expect from a refused request. */
function refused(status: number, message: string): Response {
  return Response.json(
    { jsonrpc: '2.0', error: { code: -32001, message }, id: null },
    { status, headers: status === 401 ? { 'www-authenticate': 'API-Key realm="kb", header="Authorization: users API-Key <key>"' } : {} },
  )
}

/**
 * The MCP server over Streamable HTTP (`/api/mcp`), stateless: each POST gets its own server and
 * transport, answered as JSON. Only an API key of an existing user gets in (reader, editor or
 * admin; 401 otherwise, before any tool runs): the admin's session cookie is ignored, so a page
 * elsewhere cannot use a signed-in editor's browser. Tools then read with that user's access.
 * Bodies are limited to 1 MB, like the rest of the API.
 */
export function mcpHttpHandler(config: Promise<SanitizedConfig>, options: { siteFolder?: SiteFolder } = {}): (request: Request) => Promise<Response> {
  const handle = limitBodySize<undefined>(async (request) => {
    const authorization = request.headers.get('authorization')?.trim() ?? ''
    if (!API_KEY_HEADER.test(authorization)) {
      return refused(401, 'An API key is required: send "Authorization: users API-Key <key>" (an admin creates keys under Users).')
    }
    const payload = await getPayload({ config })
    // Only the key: never the cookie, so the caller is exactly the key's user.
    const { user } = await payload.auth({ headers: new Headers({ authorization }) })
    if (!user || user.collection !== 'users') return refused(401, 'The API key is invalid or has been revoked. Ask an admin for a new key.')
    // Stateless: no stream of server-initiated messages to open (the spec's answer is 405).
    if (request.method === 'GET') return new Response(null, { status: 405, headers: { allow: 'POST, DELETE' } })
    const server = createKbMcpServer({ payload, caller: { ...user, collection: 'users' }, siteFolder: options.siteFolder })
    const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true })
    await server.connect(transport)
    try {
      return await transport.handleRequest(request)
    } finally {
      await server.close()
    }
  })
  return (request) => handle(request, undefined)
}
