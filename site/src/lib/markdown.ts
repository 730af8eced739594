import { createMarkdownProcessor } from '@astrojs/markdown-remark'

let processor: ReturnType<typeof createMarkdownProcessor> | undefined

/**
 * Renders a library Markdown field (e.g. a strategy's "why it works") to HTML with Astro's own
 * processor. Raw HTML is not part of the library's Markdown: `<` and `&` are escaped first, so
 * text like "<customer name>" shows as written and no editor can put markup or script on the site.
 */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor()
  const text = markdown.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  return (await (await processor).render(text)).code
}
