import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js'
import type { Payload } from 'payload'
import type { McpCaller } from './published-library.ts'
import type { SiteFolder } from './live-search.ts'

/** What every tool and resource works with: the CMS, who is asking, and where the built site is. */
export interface McpContext {
  payload: Payload
  /** The API key's user over HTTP; `null` (anonymous, published content only) over stdio. */
  caller: McpCaller
  /** The built site to search; the live build unless a test says otherwise. */
  siteFolder?: SiteFolder
}

/** A tool's answer: the structured content, and the same as JSON text for clients that read text only. */
export function answer<T extends Record<string, unknown>>(structured: T): CallToolResult & { structuredContent: T } {
  return { content: [{ type: 'text', text: JSON.stringify(structured, null, 2) }], structuredContent: structured }
}

/** A tool error the assistant can act on: what was wrong and what to do instead. */
export function refusal(message: string): CallToolResult {
  return { isError: true, content: [{ type: 'text', text: message }] }
}

/** The refusal for a slug no published entry has, pointing at the tools that find one. */
export function notFound(kind: string, slug: string, finder: string): CallToolResult {
  return refusal(`slug: no published ${kind} "${slug}". Find one with ${finder}, then call again with its slug.`)
}
