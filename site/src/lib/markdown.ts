import { createMarkdownProcessor } from '@astrojs/markdown-remark'

let processor: ReturnType<typeof createMarkdownProcessor> | undefined

/** Renders a library Markdown field (e.g. a strategy's "why it works") to HTML with Astro's own processor. */
export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor()
  return (await (await processor).render(markdown)).code
}
