/* The MCP server over Streamable HTTP at /api/mcp, beside the REST API (see src/mcp/http-handler.ts). */
import { mcpHttpHandler } from '../../../../mcp/http-handler.ts'
import config from '../../../../payload.config.ts'

const handler = mcpHttpHandler(config)

export const POST = handler
export const GET = handler
export const DELETE = handler
