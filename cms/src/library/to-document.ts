import type { Library, LibraryPart, Review } from '@kb/content'
import type { RequiredDataFromCollectionSlug } from 'payload'
import type { PartCollection, SlugIndex } from './collections.ts'
import type { RichText } from './rich-text.ts'

/** What `payload.create` takes for a part's collection, from the generated types (cms/src/payload-types.ts). */
export type DocumentData<P extends LibraryPart> = RequiredDataFromCollectionSlug<PartCollection[P]>

/**
 * Library entry → CMS document data: slugs become ids, Markdown becomes Lexical, lists become
 * rows. Typed with Payload's generated types, so a renamed or retyped CMS field fails to compile.
 */
export type ToDocument = { [P in LibraryPart]: (entry: Library[P][number]) => DocumentData<P> }

const rows = (lines: readonly string[]) => lines.map((text) => ({ text }))
const review = (value: Review | undefined) => value ?? { owner: null, lastReviewed: null, reviewIntervalDays: null }

/** Strategies come without `related`: they point at each other, so those links are set in a second pass. */
export function toDocument(index: SlugIndex, richText: RichText): ToDocument {
  const ids = (part: Parameters<SlugIndex['id']>[0], slugs: readonly string[]) => slugs.map((slug) => index.id(part, slug))
  return {
    sources: (s): DocumentData<'sources'> => ({ slug: s.slug, title: s.title, publisher: s.publisher, published: s.published ?? null, url: s.url ?? null, review: review(s.review) }),
    situations: (s): DocumentData<'situations'> => ({ slug: s.slug, title: s.title, description: s.description, aliases: s.aliases, review: review(s.review) }),
    strategies: (s): DocumentData<'strategies'> => ({
      slug: s.slug,
      title: s.title,
      summary: s.summary,
      whyItWorks: richText.toLexical(s.whyItWorks),
      steps: rows(s.steps),
      pitfalls: rows(s.pitfalls),
      stages: s.stages,
      situations: ids('situations', s.situations),
      sources: ids('sources', s.sources),
      aliases: s.aliases,
      review: s.review,
    }),
    scripts: (s): DocumentData<'scripts'> => ({
      slug: s.slug,
      title: s.title,
      line: s.line,
      insteadOf: s.insteadOf ?? null,
      situations: ids('situations', s.situations),
      stage: s.stage,
      channels: s.channels,
      tone: s.tone,
      why: s.why,
      strategies: ids('strategies', s.strategies),
      aliases: s.aliases,
      review: s.review,
    }),
    sops: (s): DocumentData<'sops'> => ({
      slug: s.slug,
      title: s.title,
      purpose: s.purpose,
      trigger: s.trigger,
      roles: s.roles,
      // A step's `kind` is its block's `blockType`.
      steps: s.steps.map((step) => {
        if (step.kind === 'decision') {
          return { blockType: step.kind, key: step.key, question: step.question, branches: step.branches.map((b) => ({ label: b.label, goto: b.goto ?? null, outcome: b.outcome ?? null })) }
        }
        const exit = { next: step.next ?? null, outcome: step.outcome ?? null }
        if (step.kind === 'say') return { blockType: step.kind, key: step.key, script: index.id('scripts', step.script), text: step.text ?? null, ...exit }
        return { blockType: step.kind, key: step.key, text: step.text, ...exit }
      }),
      escalation: rows(s.escalation),
      resolvedWhen: s.resolvedWhen,
      situations: ids('situations', s.situations),
      strategies: ids('strategies', s.strategies),
      aliases: s.aliases,
      review: s.review,
    }),
  }
}
