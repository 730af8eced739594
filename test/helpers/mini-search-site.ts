/**
 * A small site folder with a real Pagefind index and search vocabulary, for tests that search
 * without an Astro build: each page is written the way EntryLayout marks an entry page (filters,
 * meta, the alias line), then indexed by the site's own `indexSite` (Pagefind's Node API).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AgentVocabulary } from '@kb/content'
import { readAgentVocabulary, REPO_ROOT } from '@kb/content/files'
import { indexSite } from '../../site/src/integrations/pagefind.ts'

/** One entry page: its address (`/situations/double-charge/`), what search shows and what it filters on. */
export interface MiniPage {
  url: string
  type: 'Situation' | 'SOP' | 'Strategy' | 'Script'
  title: string
  text: string
  aliases?: string[]
  situations?: string[]
  line?: string
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function html(page: MiniPage): string {
  const aliases = page.aliases ?? []
  const names = page.type === 'Situation' ? [page.title, ...aliases] : aliases
  return `<!doctype html><html lang="en"><head><title>${escape(page.title)}</title></head><body><main>
<article data-pagefind-body>
  <div hidden data-pagefind-ignore>
    <span data-pagefind-filter="type">${page.type}</span>
    ${(page.situations ?? []).map((s) => `<span data-pagefind-filter="situation">${escape(s)}</span>`).join('')}
    <span data-pagefind-meta="type">${page.type}</span>
    <span data-pagefind-meta="title">${escape(page.title)}</span>
    ${page.line ? `<span data-pagefind-meta="line">${escape(page.line)}</span>` : ''}
    ${aliases.length ? `<span data-pagefind-meta="aliases">${escape(aliases.join(', '))}</span>` : ''}
  </div>
  ${names.length ? `<p hidden data-pagefind-weight="${page.type === 'Situation' ? 10 : 6}">${escape(names.join(' · '))}</p>` : ''}
  <h1>${escape(page.title)}</h1>
  ${page.line ? `<blockquote>${escape(page.line)}</blockquote>` : ''}
  <p>${escape(page.text)}</p>
</article></main></body></html>`
}

/**
 * Writes the pages into a new folder, indexes it with the agent vocabulary (the shipped file unless
 * given), and returns the folder (a built site as `liveBuild()` names one).
 */
export async function buildMiniSearchSite(pages: MiniPage[], vocabulary: AgentVocabulary = readAgentVocabulary(REPO_ROOT)): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'kb-mini-site-'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><body><h1>Home</h1></body></html>')
  for (const page of pages) {
    const folder = join(dir, ...page.url.split('/').filter(Boolean))
    mkdirSync(folder, { recursive: true })
    writeFileSync(join(folder, 'index.html'), html(page))
  }
  await indexSite(dir, vocabulary)
  return dir
}
