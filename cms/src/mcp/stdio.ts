import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js'
import type { Payload } from 'payload'
import { createKbMcpServer } from './server.ts'

/**
 * Serves the knowledge base over stdio until standard input closes, as an anonymous reader
 * (published content only). Resolves with a function that closes the server.
 */
export async function serveOverStdio(payload: Payload): Promise<() => Promise<void>> {
  const server = createKbMcpServer({ payload, caller: null })
  await server.connect(new StdioServerTransport())
  return () => server.close()
}
