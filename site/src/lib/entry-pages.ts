import { createHash } from 'node:crypto'
import { reviewToday } from '@kb/content'
import { feedbackEndpoint } from './feedback-endpoint.ts'
import type { ScriptEntry, SiteData, SituationEntry, SopEntry, SourceEntry, StrategyEntry } from './library-view.ts'

/**
 * What each entry page shows, computed from the whole library once per build: the entry and
 * exactly the other entries it lists. The pages render only these props (and the build inputs of
 * `pageCacheKey`), which is what lets a content-only republish keep a page from the previous build
 * when its props are unchanged (src/republish/, issue 12.8): a page that looked an entry up in the
 * library while rendering would keep showing its old title after that entry changed.
 */

/** A link to another entry: what the lists on a page show of it. */
export interface EntryLink { slug: string; title: string }
/** A link with the one-line summary some lists show beside it (strategies). */
export interface SummaryLink extends EntryLink { summary: string }
/** A link with the line that says when it applies (a situation's procedures). */
export interface TriggerLink extends EntryLink { trigger: string }

const link = ({ slug, title }: EntryLink): EntryLink => ({ slug, title })
const strategyLink = ({ slug, title, summary }: StrategyEntry): SummaryLink => ({ slug, title, summary })
const known = <T>(value: T | undefined): value is T => value !== undefined

export interface ScriptPage { script: ScriptEntry; situations: EntryLink[]; strategies: SummaryLink[]; sops: EntryLink[] }
export interface SituationPage { situation: SituationEntry; sops: TriggerLink[]; strategies: SummaryLink[]; scripts: ScriptEntry[] }
/** `scripts`: the scripts its "say" steps name, for their titles and how each line is used. */
export interface SopPage { sop: SopEntry; situations: EntryLink[]; strategies: SummaryLink[]; scripts: ScriptEntry[] }
export interface StrategyPage {
  strategy: StrategyEntry
  situations: EntryLink[]
  examples: ScriptEntry[]
  related: EntryLink[]
  sources: SourceEntry[]
  sops: EntryLink[]
}

export const scriptPage = (data: SiteData, script: ScriptEntry): ScriptPage => ({
  script,
  situations: script.situations.map(data.situation).filter(known).map(link),
  strategies: script.strategies.map(data.strategy).filter(known).map(strategyLink),
  sops: data.sopsUsingScript(script.slug).map(link),
})

export const situationPage = (data: SiteData, situation: SituationEntry): SituationPage => ({
  situation,
  sops: data.sops.filter((sop) => sop.situations.includes(situation.slug)).map(({ slug, title, trigger }) => ({ slug, title, trigger })),
  strategies: data.strategies.filter((s) => s.situations.includes(situation.slug)).map(strategyLink),
  scripts: data.scripts.filter((s) => s.situations.includes(situation.slug)),
})

export const sopPage = (data: SiteData, sop: SopEntry): SopPage => ({
  sop,
  situations: sop.situations.map(data.situation).filter(known).map(link),
  strategies: sop.strategies.map(data.strategy).filter(known).map(strategyLink),
  scripts: [...new Set(sop.steps.flatMap((step) => (step.kind === 'say' ? [step.script] : [])))].map(data.script).filter(known),
})

export const strategyPage = (data: SiteData, strategy: StrategyEntry): StrategyPage => ({
  strategy,
  situations: strategy.situations.map(data.situation).filter(known).map(link),
  examples: data.scriptsForStrategy(strategy.slug),
  related: strategy.related.map(data.strategy).filter(known).map(link),
  sources: strategy.sources.map(data.source).filter(known),
  sops: data.sopsForStrategy(strategy.slug).map(link),
})

/**
 * The cache key of a page with these props (a base64url SHA-256): the props, and what every entry
 * page shows besides them: today's date (the "review due" mark and filter, `reviewToday`) and
 * where its feedback form posts (`feedbackEndpoint`). The site's address and the templates'
 * code are Astro's own part of the key (its config hash and the page's module graph).
 */
export function pageCacheKey(props: object, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const inputs = { today: reviewToday(env), feedback: feedbackEndpoint(env) }
  return createHash('sha256').update(JSON.stringify([inputs, props])).digest('base64url')
}

/** One `getStaticPaths` result per entry: its slug, its page's props and their cache key. */
export function entryPaths<E extends { slug: string }, P extends object>(entries: E[], page: (entry: E) => P) {
  return entries.map((entry) => {
    const props = page(entry)
    return { params: { slug: entry.slug }, props, cacheKey: pageCacheKey(props) }
  })
}
