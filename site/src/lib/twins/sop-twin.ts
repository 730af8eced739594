import type { Step } from '@kb/content'
import type { SopEntry } from '../library-view.ts'
import { frontMatter } from './front-matter.ts'
import { bullets, document, link, quoted, section, text } from './markdown-text.ts'
import { referenced, type TwinContext } from './twin-context.ts'
import { reviewFrontMatter, verifiedLine } from './verification-text.ts'

/**
 * The Markdown twin of an SOP: the steps as an ordered list, decisions with their branches as a
 * nested list, jumps written as "go to step N" so the flow reads without the page's guided mode.
 */
export function sopTwin(sop: SopEntry, ctx: TwinContext): string {
  const { data } = ctx
  const script = referenced('script', data.script)
  const situations = sop.situations.map(referenced('situation', data.situation))
  const strategies = sop.strategies.map(referenced('strategy', data.strategy))
  const number = new Map(sop.steps.map((step, index) => [step.key, index + 1]))
  const goTo = (key: string) => `go to step ${number.get(key) ?? `"${key}"`}`
  const exit = (step: Exclude<Step, { kind: 'decision' }>) =>
    step.outcome ? `Ends here: ${text(step.outcome)}` : step.next ? `Then ${goTo(step.next)}.` : ''

  const steps = sop.steps.map((step, index) => {
    const lines: string[] = []
    if (step.kind === 'decision') {
      lines.push(`Decide: ${text(step.question)}`)
      for (const branch of step.branches) {
        lines.push(`- **${text(branch.label)}**: ${branch.goto ? `${goTo(branch.goto)}.` : `ends here: ${text(branch.outcome ?? '')}`}`)
      }
    } else {
      if (step.kind === 'action') lines.push(text(step.text))
      else {
        const said = script(step.script)
        if (step.text) lines.push(text(step.text))
        lines.push(`Say: ${quoted(said.line)} (${link(said.title, ctx.twin('script', said.slug))})`)
      }
      lines.push(exit(step))
    }
    // Continuation lines line up under the item's text, so "10." items nest as well as "1." ones.
    const marker = `${index + 1}. `
    const [first, ...rest] = lines.filter(Boolean)
    return [`${marker}${first}`, ...rest.map((line) => `${' '.repeat(marker.length)}${line}`)].join('\n')
  })

  return document([
    frontMatter({
      type: 'sop',
      slug: sop.slug,
      title: sop.title,
      url: ctx.page('sop', sop.slug),
      updated: data.updated('sops', sop.slug),
      situations: sop.situations,
      strategies: sop.strategies,
      roles: sop.roles,
      aliases: sop.aliases,
      owner: sop.review.owner,
      ...reviewFrontMatter(sop.review, ctx.today),
      reviewIntervalDays: sop.review.reviewIntervalDays,
    }),
    `# ${text(sop.title)}`,
    `SOP · owner: ${text(sop.review.owner)} · last reviewed ${sop.review.lastReviewed}`,
    text(sop.purpose),
    ...section('When it applies', text(sop.trigger)),
    ...section('Roles', bullets(sop.roles.map(text))),
    ...section('Steps', steps.join('\n')),
    ...section('Escalate when', bullets(sop.escalation.map(text))),
    ...section('Resolved when', text(sop.resolvedWhen)),
    ...section('Strategies', bullets(strategies.map((s) => `${link(s.title, ctx.twin('strategy', s.slug))}: ${text(s.summary)}`))),
    ...section('Situations', bullets(situations.map((s) => link(s.title, ctx.twin('situation', s.slug))))),
    verifiedLine(sop.review, ctx.today),
  ])
}
