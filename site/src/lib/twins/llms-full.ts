import type { SiteData } from '../library-view.ts'
import { document } from './markdown-text.ts'
import { scriptTwin } from './script-twin.ts'
import { situationTwin } from './situation-twin.ts'
import { sopTwin } from './sop-twin.ts'
import { strategyTwin } from './strategy-twin.ts'
import { twinContext } from './twin-context.ts'

/**
 * `/llms-full.txt` after the llms.txt convention: the whole published library in one Markdown file,
 * for a language model that reads it in one go. Every entry is its Markdown twin, exactly as
 * served beside its page (front matter first: type, title, url, updated, owner, review), in llms.txt's order:
 * situations, SOPs, strategies, then scripts by stage.
 */
export function llmsFullTxt(data: SiteData, site: URL | undefined): string {
  const ctx = twinContext(data, site)
  const part = (heading: string, twins: string[]) => [`# ${heading}`, ...twins.map((twin) => twin.trimEnd())]
  return document([
    '# Contact-center knowledge base: the whole library',
    `> Every published entry as Markdown: ${data.situations.length} situation playbooks, ${data.sops.length} SOPs, ` +
      `${data.strategies.length} strategies and ${data.scripts.length} empathy scripts. Each entry starts with its front matter ` +
      `(between \`---\` lines) and links to its page; ${ctx.absolute('/llms.txt')} is the short index.`,
    ...part('Situations', data.situations.map((situation) => situationTwin(situation, ctx))),
    ...part('SOPs', data.sops.map((sop) => sopTwin(sop, ctx))),
    ...part('Strategies', data.strategies.map((strategy) => strategyTwin(strategy, ctx))),
    ...part('Empathy scripts', data.scripts.map((script) => scriptTwin(script, ctx))),
  ])
}
