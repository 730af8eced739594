import { createMarkdownProcessor } from '@astrojs/markdown-remark'
import { isSafeUrl } from '@kb/content'

/** The parts of an HTML tree (hast) this module looks at. */
interface HtmlNode {
  type: string
  value?: string
  properties?: Record<string, unknown>
  children?: HtmlNode[]
}

/** Attributes that hold an address a click or a load would follow. */
const URL_ATTRIBUTES = ['href', 'src']

/**
 * A rehype plugin, the last word on library Markdown: raw HTML becomes text (shown as written), and
 * an `href` or `src` that `isSafeUrl` refuses (javascript:, data:, …) is removed, whatever Markdown
 * produced it (inline link, reference definition, autolink, entity-encoded address).
 */
function rehypeLibrarySafety() {
  const visit = (node: HtmlNode): void => {
    if (node.type === 'raw') node.type = 'text'
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties?.[name]
      if (typeof value === 'string' && !isSafeUrl(value)) delete node.properties?.[name]
    }
    node.children?.forEach(visit)
  }
  return (tree: HtmlNode) => visit(tree)
}

let processor: ReturnType<typeof createMarkdownProcessor> | undefined

/**
 * Renders a library Markdown field (e.g. a strategy's "why it works") to HTML with Astro's own
 * processor. Raw HTML is not part of the library's Markdown: it shows as text, so "<customer
 * name>" reads as written and no editor can put markup or script on the site; links keep only
 * addresses the shared rule allows.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: false, rehypePlugins: [rehypeLibrarySafety] })
  return (await (await processor).render(markdown)).code
}
