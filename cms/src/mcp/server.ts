import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { registerEntryTools } from './entry-tools.ts'
import { registerPrompts } from './prompts.ts'
import { registerResources } from './resources.ts'
import { registerSearchTool } from './search-tool.ts'
import type { McpContext } from './tool-result.ts'

/** What the server tells an assistant about itself when it connects. */
const INSTRUCTIONS = [
  'Read-only access to a contact-center knowledge base: customer situations, SOPs, conflict-resolution strategies and empathy scripts, published content only.',
  'Find things with search_knowledge (or list_situations), open them with get_situation_playbook, get_sop, get_strategy or get_script, and guide an agent through a procedure with next_sop_step.',
  'Every answer carries a trust block: give the agent the page URL, and say when an entry is due for review.',
].join(' ')

/**
 * The knowledge base's MCP server for one caller: tools, resources and prompts over the CMS's
 * published content (the caller's access, never drafts) and the live site's search. Read-only:
 * nothing here writes. A new server per HTTP request (stateless), one for a stdio session.
 */
export function createKbMcpServer(ctx: McpContext): McpServer {
  const server = new McpServer({ name: 'contact-center-kb', version: '1.0.0' }, { instructions: INSTRUCTIONS })
  registerSearchTool(server, ctx)
  registerEntryTools(server, ctx)
  registerResources(server, ctx)
  registerPrompts(server, ctx)
  return server
}
