import { placeholdersIn } from '@kb/content'
import { channelLabel, stageLabel, toneLabel } from '../labels.ts'
import { lineUse } from '../line-use.ts'
import { placeholderLabel } from '../placeholders.ts'
import type { ScriptEntry } from '../library-view.ts'
import { frontMatter } from './front-matter.ts'
import { bullets, document, link, section, text } from './markdown-text.ts'
import { referenced, type TwinContext } from './twin-context.ts'
import { reviewFrontMatter, verifiedLine } from './verification-text.ts'

/** The Markdown twin of a script page: the line to say (or, for `reflect`, to tell oneself), what not to say, and why. */
export function scriptTwin(script: ScriptEntry, ctx: TwinContext): string {
  const { data } = ctx
  const placeholders = placeholdersIn(script.line)
  const situations = script.situations.map(referenced('situation', data.situation))
  const strategies = script.strategies.map(referenced('strategy', data.strategy))
  const sops = data.sopsUsingScript(script.slug)
  const use = lineUse(script)
  return document([
    frontMatter({
      type: 'script',
      slug: script.slug,
      title: script.title,
      url: ctx.page('script', script.slug),
      updated: data.updated('scripts', script.slug),
      situations: script.situations,
      stage: script.stage,
      channels: script.channels,
      tone: script.tone,
      strategies: script.strategies,
      placeholders,
      aliases: script.aliases,
      ...reviewFrontMatter(script.review, ctx.today),
    }),
    `# ${text(script.title)}`,
    `${use.audience === 'self' ? 'Self-talk' : 'Empathy script'} · ${stageLabel(script.stage)} · ${toneLabel(script.tone)} · ${script.channels.map(channelLabel).join(', ')}`,
    `## ${use.heading}`,
    ...use.notes.map((note) => `*${text(note.text)}*`),
    `> ${text(script.line)}`,
    placeholders.length > 0
      ? `Fill in before saying it: ${placeholders.map((name) => `\`{${name}}\` (${placeholderLabel(name)})`).join(', ')}.`
      : '',
    ...section('Not this', script.insteadOf && `> ${text(script.insteadOf)}`),
    ...section('Why it works', text(script.why)),
    ...section('Situations', bullets(situations.map((s) => link(s.title, ctx.twin('situation', s.slug))))),
    ...section(
      'Strategies it puts into practice',
      bullets(strategies.map((s) => `${link(s.title, ctx.twin('strategy', s.slug))}: ${text(s.summary)}`)),
    ),
    ...section('Procedures that use it', bullets(sops.map((sop) => link(sop.title, ctx.twin('sop', sop.slug))))),
    verifiedLine(script.review, ctx.today),
  ])
}
