import { scriptSchema, situationSchema, sopSchema, sourceSchema, strategySchema, type Library, type Review } from '@kb/content'
import type { EmpathyScript, Situation, Sop, Source, Strategy } from '../payload-types.ts'
import type { SlugIndex } from './collections.ts'
import type { RichText } from './rich-text.ts'

/**
 * CMS document → library entry, the inverse of `toDocument`. Every entry is parsed with its
 * shared schema, so what export writes is exactly what `content:check` accepts.
 */
export interface ToEntry {
  sources: (doc: Source) => Library['sources'][number]
  situations: (doc: Situation) => Library['situations'][number]
  strategies: (doc: Strategy) => Library['strategies'][number]
  scripts: (doc: EmpathyScript) => Library['scripts'][number]
  sops: (doc: Sop) => Library['sops'][number]
}

type ReviewGroup = { owner?: string | null; lastReviewed?: string | null; reviewIntervalDays?: number | null } | null | undefined

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : undefined)
const lines = (rowsOf: { text: string }[] | null | undefined) => (rowsOf ?? []).map((row) => row.text)
const optional = <T>(value: T | null | undefined) => (value === null || value === '' ? undefined : value)
const reviewOf = (group: ReviewGroup): Review | undefined =>
  group?.owner ? { owner: group.owner, lastReviewed: day(group.lastReviewed)!, reviewIntervalDays: group.reviewIntervalDays! } : undefined

export function toEntry(index: SlugIndex, richText: RichText): ToEntry {
  // Links to entries that are not in the index (not published, for the site and export) are left
  // out: the published library only links to published entries. A list left empty that must not
  // be (a script with no published situation) then fails its schema, naming the field.
  const slugs = (part: Parameters<SlugIndex['slug']>[0], values: unknown[] | null | undefined) =>
    (values ?? []).flatMap((v) => index.slugOf(part, v) ?? [])
  return {
    sources: (d) =>
      sourceSchema.parse({ slug: d.slug, title: d.title, publisher: d.publisher, published: day(d.published), url: optional(d.url), review: reviewOf(d.review) }),
    situations: (d) =>
      situationSchema.parse({ slug: d.slug, title: d.title, description: d.description, aliases: d.aliases ?? [], review: reviewOf(d.review) }),
    strategies: (d) =>
      strategySchema.parse({
        slug: d.slug,
        title: d.title,
        summary: d.summary,
        whyItWorks: richText.toMarkdown(d.whyItWorks),
        steps: lines(d.steps),
        pitfalls: lines(d.pitfalls),
        stages: d.stages,
        situations: slugs('situations', d.situations),
        related: slugs('strategies', d.related),
        sources: slugs('sources', d.sources),
        aliases: d.aliases ?? [],
        review: reviewOf(d.review),
      }),
    scripts: (d) =>
      scriptSchema.parse({
        slug: d.slug,
        title: d.title,
        line: d.line,
        insteadOf: optional(d.insteadOf),
        situations: slugs('situations', d.situations),
        stage: d.stage,
        channels: d.channels,
        tone: d.tone,
        why: d.why,
        strategies: slugs('strategies', d.strategies),
        aliases: d.aliases ?? [],
        review: reviewOf(d.review),
      }),
    sops: (d) =>
      sopSchema.parse({
        slug: d.slug,
        title: d.title,
        purpose: d.purpose,
        trigger: d.trigger,
        roles: d.roles ?? [],
        // A block's `blockType` is the step's `kind`.
        steps: (d.steps ?? []).map((step) =>
          step.blockType === 'decision'
            ? {
                key: step.key,
                kind: step.blockType,
                question: step.question,
                branches: step.branches.map((b) => ({ label: b.label, goto: optional(b.goto), outcome: optional(b.outcome) })),
              }
            : {
                key: step.key,
                kind: step.blockType,
                ...(step.blockType === 'say' ? { script: index.slug('scripts', step.script) } : {}),
                text: optional(step.text),
                next: optional(step.next),
                outcome: optional(step.outcome),
              },
        ),
        escalation: lines(d.escalation),
        resolvedWhen: d.resolvedWhen,
        situations: slugs('situations', d.situations),
        strategies: slugs('strategies', d.strategies),
        aliases: d.aliases ?? [],
        review: reviewOf(d.review),
      }),
  }
}
