import { STAGES } from '@kb/content'
import type { SituationEntry } from '../library-view.ts'
import { frontMatter } from './front-matter.ts'
import { bullets, document, link, quoted, section, text } from './markdown-text.ts'
import type { TwinContext } from './twin-context.ts'
import { reviewFrontMatter, verifiedLine } from './verification-text.ts'

/** The Markdown twin of a situation playbook: its procedures, strategies and scripts by stage. */
export function situationTwin(situation: SituationEntry, ctx: TwinContext): string {
  // The situation page's own lists, filtered the way it filters them.
  const { sops, strategies, scripts } = ctx.data
  const forIt = <T extends { situations: string[] }>(list: T[]) => list.filter((entry) => entry.situations.includes(situation.slug))
  const byStage = STAGES.map((stage) => ({ stage, scripts: forIt(scripts).filter((s) => s.stage === stage.value) }))
    .filter((group) => group.scripts.length > 0)
    .map((group) =>
      [`### ${group.stage.label}`, bullets(group.scripts.map((s) => `${link(s.title, ctx.twin('script', s.slug))}: ${quoted(s.line)}`))].join('\n\n'),
    )
  return document([
    frontMatter({
      type: 'situation',
      slug: situation.slug,
      title: situation.title,
      url: ctx.page('situation', situation.slug),
      updated: ctx.data.updated('situations', situation.slug),
      aliases: situation.aliases,
      ...reviewFrontMatter(situation.review, ctx.today),
    }),
    `# ${text(situation.title)}`,
    'Situation playbook',
    text(situation.description),
    ...section('Procedure', bullets(forIt(sops).map((sop) => `${link(sop.title, ctx.twin('sop', sop.slug))}: ${text(sop.trigger)}`))),
    ...section('Strategies', bullets(forIt(strategies).map((s) => `${link(s.title, ctx.twin('strategy', s.slug))}: ${text(s.summary)}`))),
    ...section('What to say, stage by stage', byStage.join('\n\n')),
    verifiedLine(situation.review, ctx.today),
  ])
}
