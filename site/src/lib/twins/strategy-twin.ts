import { stageLabel } from '../labels.ts'
import type { SourceEntry, StrategyEntry } from '../library-view.ts'
import { frontMatter } from './front-matter.ts'
import { bullets, document, link, quoted, section, text } from './markdown-text.ts'
import { referenced, type TwinContext } from './twin-context.ts'
import { reviewFrontMatter, verifiedLine } from './verification-text.ts'

/** The Markdown twin of a strategy page: how to apply it, why it works, examples and sources. */
export function strategyTwin(strategy: StrategyEntry, ctx: TwinContext): string {
  const { data } = ctx
  const examples = data.scriptsForStrategy(strategy.slug)
  const sops = data.sopsForStrategy(strategy.slug)
  const situations = strategy.situations.map(referenced('situation', data.situation))
  const related = strategy.related.map(referenced('strategy', data.strategy))
  const sources = strategy.sources.map(referenced('source', data.source))
  return document([
    frontMatter({
      type: 'strategy',
      slug: strategy.slug,
      title: strategy.title,
      url: ctx.page('strategy', strategy.slug),
      updated: data.updated('strategies', strategy.slug),
      summary: strategy.summary,
      situations: strategy.situations,
      stages: strategy.stages,
      related: strategy.related,
      sources: strategy.sources,
      aliases: strategy.aliases,
      ...reviewFrontMatter(strategy.review, ctx.today),
    }),
    `# ${text(strategy.title)}`,
    `Strategy · ${strategy.stages.map(stageLabel).join(', ')}`,
    `**${text(strategy.summary)}**`,
    ...section('How to apply it', strategy.steps.map((step, index) => `${index + 1}. ${text(step)}`).join('\n')),
    // Already Markdown (rich text in the CMS), made safe by SiteData (see `publishable` in library-view.ts).
    ...section('Why it works', strategy.whyItWorks.trim()),
    ...section('Pitfalls', bullets(strategy.pitfalls.map(text))),
    ...section(
      'Example scripts',
      bullets(examples.map((script) => `${link(script.title, ctx.twin('script', script.slug))}: ${quoted(script.line)}`)),
    ),
    ...section('Procedures that apply it', bullets(sops.map((sop) => link(sop.title, ctx.twin('sop', sop.slug))))),
    ...section('Situations', bullets(situations.map((s) => link(s.title, ctx.twin('situation', s.slug))))),
    ...section('Related strategies', bullets(related.map((s) => link(s.title, ctx.twin('strategy', s.slug))))),
    ...section('Sources', bullets(sources.map(credit))),
    verifiedLine(strategy.review, ctx.today),
  ])
}

/** "[Title](url), Publisher, 2024-11-12": the attribution line for a source. */
function credit(source: SourceEntry): string {
  const title = source.url ? link(source.title, source.url) : `*${text(source.title)}*`
  return [title, text(source.publisher), source.published].filter(Boolean).join(', ')
}
