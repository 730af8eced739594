import { STAGES, type Script } from '@kb/content'
import type { z } from 'zod'
import { lineUse } from '../../../site/src/lib/line-use.ts'
import type { EntryLink, playbookSchema, scriptSchema, situationListSchema, strategySchema } from './output-schemas.ts'
import type { PublishedLibrary } from './published-library.ts'
import { pageUrl, trustOf, type PagePart } from './trust.ts'

/**
 * What the entry tools answer, built from the published library: the same lists, relations and
 * order as the site's pages (SiteData), with absolute URLs and a trust block on each entry.
 * Each returns `undefined` when no published entry has the slug.
 */

const linkTo = (part: PagePart) => (entry: { slug: string; title: string }): EntryLink =>
  ({ slug: entry.slug, title: entry.title, url: pageUrl(part, entry.slug) })

/** Known slugs only: a relation to an entry left out of the published library is dropped. */
const known = <T>(slugs: readonly string[], lookup: (slug: string) => T | undefined): T[] =>
  slugs.flatMap((slug) => lookup(slug) ?? [])

/** A line with its page, as lists of lines show it. */
export const lineLink = (script: Script) => ({ ...linkTo('scripts')(script), line: script.line })

/** How the agent uses a line, in one sentence. */
function useOf(script: Script): string {
  const use = lineUse(script)
  return use.notes.length ? use.notes.map((note) => note.text).join(' ') : 'Say this to the customer.'
}

export function scriptView(kb: PublishedLibrary, slug: string): z.infer<typeof scriptSchema> | undefined {
  const script = kb.data.script(slug)
  if (!script) return undefined
  return {
    slug, title: script.title, line: script.line, insteadOf: script.insteadOf ?? null, why: script.why, stage: script.stage,
    use: useOf(script), channels: script.channels, tone: script.tone,
    situations: known(script.situations, kb.data.situation).map(linkTo('situations')),
    strategies: known(script.strategies, kb.data.strategy).map(linkTo('strategies')),
    sops: kb.data.sopsUsingScript(slug).map(linkTo('sops')),
    trust: trustOf('scripts', slug, kb.updatedAt('scripts', slug), script.review),
  }
}

export function strategyView(kb: PublishedLibrary, slug: string): z.infer<typeof strategySchema> | undefined {
  const strategy = kb.data.strategy(slug)
  if (!strategy) return undefined
  return {
    slug, title: strategy.title, summary: strategy.summary, whyItWorks: strategy.whyItWorks, steps: strategy.steps,
    pitfalls: strategy.pitfalls, stages: strategy.stages,
    situations: known(strategy.situations, kb.data.situation).map(linkTo('situations')),
    scripts: kb.data.scriptsForStrategy(slug).map(lineLink),
    sources: known(strategy.sources, kb.data.source).map((source) => ({ title: source.title, publisher: source.publisher, url: source.url ?? null })),
    trust: trustOf('strategies', slug, kb.updatedAt('strategies', slug), strategy.review),
  }
}

/** A situation's playbook, as its page lists it: procedures, strategies, then lines stage by stage. */
export function playbookView(kb: PublishedLibrary, slug: string): z.infer<typeof playbookSchema> | undefined {
  const situation = kb.data.situation(slug)
  if (!situation) return undefined
  const forIt = <T extends { situations: string[] }>(list: T[]) => list.filter((entry) => entry.situations.includes(slug))
  const scripts = forIt(kb.data.scripts)
  return {
    slug, title: situation.title, description: situation.description, aliases: situation.aliases,
    sops: forIt(kb.data.sops).map((sop) => ({ ...linkTo('sops')(sop), trigger: sop.trigger })),
    strategies: forIt(kb.data.strategies).map((strategy) => ({ ...linkTo('strategies')(strategy), summary: strategy.summary })),
    linesByStage: STAGES.map((stage) => ({ stage: stage.value, label: stage.label, lines: scripts.filter((s) => s.stage === stage.value).map(lineLink) }))
      .filter((group) => group.lines.length > 0),
    trust: trustOf('situations', slug, kb.updatedAt('situations', slug), situation.review),
  }
}

export function situationListView(kb: PublishedLibrary): z.infer<typeof situationListSchema> {
  return {
    situations: kb.data.situations.map((situation) => ({
      ...linkTo('situations')(situation), description: situation.description, aliases: situation.aliases,
      trust: trustOf('situations', situation.slug, kb.updatedAt('situations', situation.slug), situation.review),
    })),
  }
}
