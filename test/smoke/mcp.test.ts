import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { builtCmsForFile } from '../helpers/built-cms-for-file.ts'

/**
 * The MCP server as a hosted assistant reaches it: over Streamable HTTP at `/api/mcp` of the built
 * CMS (`next start`), with a reader's API key (issue 14). The tools' behaviour is covered in
 * test/int/mcp-*.test.ts; this checks the route, the key check and a published-only answer
 * survive the production build.
 */
const builtCms = builtCmsForFile()
const READER_KEY = 'smoke-reader-key-0123456789abcdef'
let assistant: Client

const api = async (path: string, token: string, body: unknown) => {
  const response = await fetch(`${builtCms().url}/api/${path}`, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `JWT ${token}` }, body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`POST /api/${path} answered ${response.status}: ${await response.text()}`)
  return response
}

const connect = async (apiKey: string) => {
  const client = new Client({ name: 'kb-smoke', version: '1.0.0' })
  await client.connect(new StreamableHTTPClientTransport(new URL(`${builtCms().url}/api/mcp`), {
    requestInit: { headers: { authorization: `users API-Key ${apiKey}` } },
  }))
  return client
}

beforeAll(async () => {
  const registered = await fetch(`${builtCms().url}/api/users/first-register`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'owner@kb.test', password: 'first-admin-password', 'confirm-password': 'first-admin-password' }),
  })
  const { token } = (await registered.json()) as { token: string }
  await api('users', token, { email: 'assistant@kb.test', password: 'reader-password-123', role: 'reader', enableAPIKey: true, apiKey: READER_KEY })
  await api('situations', token, { title: 'Double charge', slug: 'double-charge', description: 'The same payment shows twice.', _status: 'published' })
  await api('situations?draft=true', token, { title: 'Planted draft', slug: 'planted-draft', description: 'Never published.', _status: 'draft' })
  assistant = await connect(READER_KEY)
})
afterAll(async () => assistant?.close())

describe('the built MCP endpoint', () => {
  it('lists the read-only tools to an assistant with a reader key', async () => {
    const { tools } = await assistant.listTools()
    expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['search_knowledge', 'get_sop', 'next_sop_step', 'list_situations', 'changes_since']))
  })

  it('answers list_situations with the published situation only', async () => {
    const result = await assistant.callTool({ name: 'list_situations', arguments: {} })
    const text = JSON.stringify(result.structuredContent)
    expect(text).toContain('double-charge')
    expect(text).not.toContain('planted')
  })

  it('refuses an invalid API key with 401 before any tool runs', async () => {
    const response = await fetch(`${builtCms().url}/api/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', authorization: 'users API-Key not-a-real-key' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_situations', arguments: {} } }),
    })
    expect(response.status).toBe(401)
    expect(await response.text()).not.toContain('double-charge')
  })
})
