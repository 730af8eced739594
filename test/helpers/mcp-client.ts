/**
 * An MCP client (the SDK's own) talking to the CMS's `/api/mcp` handler over Streamable HTTP,
 * without a server: the transport's `fetch` hands each request to the handler directly.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import type { z } from 'zod'

export const MCP_URL = 'http://localhost:3000/api/mcp'

/** A connected client sending `Authorization: users API-Key <apiKey>`. Close it when done. */
export async function mcpClient(handler: (request: Request) => Promise<Response>, apiKey: string): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL(MCP_URL), {
    requestInit: { headers: { authorization: `users API-Key ${apiKey}` } },
    fetch: (input, init) => handler(new Request(input, init)),
  })
  const client = new Client({ name: 'kb-test', version: '1.0.0' })
  await client.connect(transport)
  return client
}

/** Calls a tool and returns its result, typed as a tool result (not the legacy shape). */
export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult
}

/**
 * The structured content of a successful call, parsed with the tool's output schema (so a test
 * also checks the answer has the promised shape); fails, with the tool's message, on an error.
 */
export async function structured<S extends z.ZodType>(client: Client, name: string, args: Record<string, unknown>, schema: S): Promise<z.infer<S>> {
  const result = await callTool(client, name, args)
  if (result.isError) throw new Error(`${name} answered an error: ${errorText(result)}`)
  return schema.parse(result.structuredContent)
}

/** The text of an error result. */
export function errorText(result: CallToolResult): string {
  return result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n')
}
