import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js'
import { scriptTwin } from '../../../site/src/lib/twins/script-twin.ts'
import { situationTwin } from '../../../site/src/lib/twins/situation-twin.ts'
import { sopTwin } from '../../../site/src/lib/twins/sop-twin.ts'
import { strategyTwin } from '../../../site/src/lib/twins/strategy-twin.ts'
import { twinContext, type TwinContext } from '../../../site/src/lib/twins/twin-context.ts'
import { publishedLibrary } from './library-cache.ts'
import type { PublishedLibrary } from './published-library.ts'
import type { McpContext } from './tool-result.ts'
import { siteUrl, type PagePart } from './trust.ts'

/**
 * Every published entry as a resource in Markdown, by URI: `kb://situations/<slug>`,
 * `kb://sops/<slug>`, `kb://strategies/<slug>`, `kb://scripts/<slug>`. The text is the entry's
 * Markdown twin, as the site publishes it beside its page (front matter first).
 */
interface Kind {
  part: PagePart
  name: string
  description: string
  render: (kb: PublishedLibrary, slug: string, ctx: TwinContext) => string | undefined
}

const KINDS: readonly Kind[] = [
  { part: 'situations', name: 'situation-playbook', description: 'A customer situation\'s playbook: procedures, strategies and lines stage by stage.',
    render: (kb, slug, ctx) => { const e = kb.data.situation(slug); return e && situationTwin(e, ctx) } },
  { part: 'sops', name: 'sop', description: 'A standard operating procedure, its steps as a numbered list with decisions and outcomes.',
    render: (kb, slug, ctx) => { const e = kb.data.sops.find((sop) => sop.slug === slug); return e && sopTwin(e, ctx) } },
  { part: 'strategies', name: 'strategy', description: 'A conflict-resolution strategy: why it works, steps, pitfalls, sources.',
    render: (kb, slug, ctx) => { const e = kb.data.strategy(slug); return e && strategyTwin(e, ctx) } },
  { part: 'scripts', name: 'script', description: 'An empathy script: the line to say, what not to say, and why.',
    render: (kb, slug, ctx) => { const e = kb.data.script(slug); return e && scriptTwin(e, ctx) } },
]

export function registerResources(server: McpServer, ctx: McpContext): void {
  const kb = () => publishedLibrary(ctx.payload, ctx.caller)
  for (const kind of KINDS) {
    const template = new ResourceTemplate(`kb://${kind.part}/{slug}`, {
      list: async () => ({
        resources: (await kb()).library[kind.part].map((entry) => ({
          uri: `kb://${kind.part}/${entry.slug}`, name: entry.title, mimeType: 'text/markdown',
        })),
      }),
    })
    server.registerResource(kind.name, template, { description: kind.description, mimeType: 'text/markdown' }, async (uri, variables) => {
      const slug = String(variables.slug)
      const library = await kb()
      const markdown = kind.render(library, slug, twinContext(library.data, new URL(siteUrl())))
      if (markdown === undefined) throw new Error(`No published entry at ${uri.href}: list the resources, or use search_knowledge.`)
      return { contents: [{ uri: uri.href, mimeType: 'text/markdown', text: markdown }] }
    })
  }
}
