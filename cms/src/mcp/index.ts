/** The knowledge base for AI assistants over the Model Context Protocol (issue 14): read-only tools, resources and prompts. */
export { mcpHttpHandler } from './http-handler.ts'
export { createKbMcpServer } from './server.ts'
export { serveOverStdio } from './stdio.ts'
export type { SiteFolder } from './live-search.ts'
export type { McpContext } from './tool-result.ts'
export type { McpCaller } from './published-library.ts'
