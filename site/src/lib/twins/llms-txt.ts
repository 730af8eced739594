import { KB_EXPORT_VERSION } from '@kb/content'
import { stageLabel } from '../labels.ts'
import type { SiteData } from '../library-view.ts'
import { document, link, oneLine, quoted, text } from './markdown-text.ts'
import { twinContext, type PageKind } from './twin-context.ts'

/** The first sentence of a description, so each link stays one short line. */
const firstSentence = (value: string) => oneLine(value).match(/^.+?[.!?](?=\s|$)/)?.[0] ?? oneLine(value)

/**
 * `/llms.txt` after the llms.txt convention: a title, a one-paragraph summary, then a section
 * per kind of entry linking each Markdown twin with a one-line description.
 */
export function llmsTxt(data: SiteData, site: URL | undefined): string {
  const ctx = twinContext(data, site)
  // In the pages' order: scripts by stage as on the scripts page, the rest by title.
  const { situations, sops, strategies, scripts } = data
  const item = (kind: PageKind, entry: { slug: string; title: string }, description: string) =>
    `- ${link(entry.title, ctx.twin(kind, entry.slug))}: ${description}`
  const list = (heading: string, items: string[]) => `## ${heading}\n\n${items.join('\n')}`
  return document([
    '# Contact-center knowledge base',
    '> What contact-center agents say and do when a contact turns difficult: situation playbooks, ' +
      'step-by-step procedures (SOPs), conflict-resolution strategies and ready-to-say empathy scripts ' +
      'with `{placeholders}` to fill in. Only published, reviewed content is here. Every link below is ' +
      'the Markdown twin of a page (front matter with the entry\'s slug, type and relations, then the page as text); ' +
      'all entries are also in one JSON file.',
    list('Situations', situations.map((s) => item('situation', s, text(firstSentence(s.description))))),
    list('SOPs', sops.map((sop) => item('sop', sop, `${text(sop.purpose)} When: ${text(sop.trigger)}`))),
    list('Strategies', strategies.map((s) => item('strategy', s, text(s.summary)))),
    list('Empathy scripts', scripts.map((s) => item('script', s, `${stageLabel(s.stage)}: ${quoted(s.line)}`))),
    list('Optional', [
      `- ${link('kb.json', ctx.absolute('/kb.json'))}: ${oneLine(`every published entry in one file, with the
        shared schemas' shape plus each page's URL and Markdown twin (schemaVersion ${KB_EXPORT_VERSION})`)}`,
      `- ${link('llms-full.txt', ctx.absolute('/llms-full.txt'))}: the whole published library in one Markdown file, every twin in this order`,
      `- ${link('How to use the knowledge base', ctx.absolute('/how-to-use/'))}: for agents mid-call, and for tools`,
    ]),
  ])
}
