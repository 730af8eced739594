import type { Source, Strategy } from '@kb/content'
import { stageLabel } from '../labels.ts'
import { bullets, document, frontMatter, link, quoted, section, text } from './markdown-text.ts'
import type { TwinContext } from './twin-context.ts'

/** The Markdown twin of a strategy page: how to apply it, why it works, examples and sources. */
export function strategyTwin(strategy: Strategy, ctx: TwinContext): string {
  const examples = ctx.scriptsForStrategy(strategy.slug)
  const sops = ctx.sopsForStrategy(strategy.slug)
  return document([
    frontMatter({
      type: 'strategy',
      slug: strategy.slug,
      title: strategy.title,
      url: ctx.page('strategy', strategy.slug),
      summary: strategy.summary,
      situations: strategy.situations,
      stages: strategy.stages,
      related: strategy.related,
      sources: strategy.sources,
      aliases: strategy.aliases,
      lastReviewed: strategy.review.lastReviewed,
    }),
    `# ${text(strategy.title)}`,
    `Strategy · ${strategy.stages.map(stageLabel).join(', ')}`,
    `**${text(strategy.summary)}**`,
    ...section('How to apply it', strategy.steps.map((step, index) => `${index + 1}. ${text(step)}`).join('\n')),
    // Already Markdown (rich text in the CMS), so it goes in as written.
    ...section('Why it works', strategy.whyItWorks.trim()),
    ...section('Pitfalls', bullets(strategy.pitfalls.map(text))),
    ...section(
      'Example scripts',
      bullets(examples.map((script) => `${link(script.title, ctx.twin('script', script.slug))}: ${quoted(script.line)}`)),
    ),
    ...section('Procedures that apply it', bullets(sops.map((sop) => link(sop.title, ctx.twin('sop', sop.slug))))),
    ...section('Situations', bullets(strategy.situations.map((slug) => link(ctx.situation(slug).title, ctx.twin('situation', slug))))),
    ...section('Related strategies', bullets(strategy.related.map((slug) => link(ctx.strategy(slug).title, ctx.twin('strategy', slug))))),
    ...section('Sources', bullets(strategy.sources.map((slug) => credit(ctx.source(slug))))),
  ])
}

/** "[Title](url), Publisher, 2024-11-12": the attribution line for a source. */
function credit(source: Source): string {
  const title = source.url ? link(source.title, source.url) : `*${text(source.title)}*`
  return [title, text(source.publisher), source.published].filter(Boolean).join(', ')
}
