import { isWebUrl, safeMarkdown, STAGES, type Library, type LibraryPart, type PublishedTimes, type Script, type Situation, type Sop, type Source, type Strategy } from '@kb/content'

// The collections hold the shared schemas' output (see content.config.ts), so these are the same types.
export type ScriptEntry = Script
export type StrategyEntry = Strategy
export type SopEntry = Sop
export type SituationEntry = Situation
export type SourceEntry = Source

/**
 * The published library with the lookups, reverse relations and order that pages and their
 * Markdown twins share, so the two never disagree. Loaded once per build.
 */
export interface SiteData {
  /** By stage (call order), then title, then slug. */
  scripts: ScriptEntry[]
  /** This list and the ones below: by title, then slug. */
  strategies: StrategyEntry[]
  sops: SopEntry[]
  situations: SituationEntry[]
  sources: SourceEntry[]
  script: (slug: string) => ScriptEntry | undefined
  strategy: (slug: string) => StrategyEntry | undefined
  situation: (slug: string) => SituationEntry | undefined
  source: (slug: string) => SourceEntry | undefined
  /** Scripts that serve a strategy (the CMS's join, rebuilt from the scripts' side). */
  scriptsForStrategy: (slug: string) => ScriptEntry[]
  /** SOPs that say a script at one of their steps. */
  sopsUsingScript: (slug: string) => SopEntry[]
  sopsForStrategy: (slug: string) => SopEntry[]
  /** When the entry's published version last changed (ISO timestamp); undefined when the CMS did not say. */
  updated: (part: LibraryPart, slug: string) => string | undefined
}

const lookup = <T extends { slug: string }>(list: T[]) => {
  const map = new Map(list.map((item) => [item.slug, item]))
  return (slug: string) => map.get(slug)
}
// Ties broken by slug, so the order never depends on the order the CMS returned entries in.
const byTitle = (a: { title: string; slug: string }, b: { title: string; slug: string }) =>
  a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)
const stageOrder = new Map(STAGES.map((stage, index) => [stage.value, index]))
const byStageThenTitle = (a: ScriptEntry, b: ScriptEntry) =>
  (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0) || byTitle(a, b)

/**
 * What the site may publish of an entry's Markdown and links: "why it works" through `safeMarkdown`
 * (links only to http(s), mailto or relative addresses; raw HTML escaped), and a source's URL only
 * when it is a web address. The CMS and the shared schemas refuse anything else on save; this keeps
 * the pages, twins, kb.json and llms.txt safe whatever reached the build.
 */
const publishable = {
  strategy: (strategy: StrategyEntry): StrategyEntry => ({ ...strategy, whyItWorks: safeMarkdown(strategy.whyItWorks) }),
  source: ({ url, ...source }: SourceEntry): SourceEntry => (url && isWebUrl(url) ? { ...source, url } : source),
}

/**
 * SiteData for a library, whatever order its lists come in, with its entries' change times (the
 * published-library endpoint's `updated`; none by default). No Astro here: the twins' tests use it directly.
 */
export function siteDataFrom(library: Library, updated: PublishedTimes = {}): SiteData {
  const scripts = [...library.scripts].sort(byStageThenTitle)
  const strategies = library.strategies.map(publishable.strategy).sort(byTitle)
  const sops = [...library.sops].sort(byTitle)
  const situations = [...library.situations].sort(byTitle)
  const sources = library.sources.map(publishable.source).sort(byTitle)
  return {
    scripts, strategies, sops, situations, sources,
    script: lookup(scripts), strategy: lookup(strategies), situation: lookup(situations), source: lookup(sources),
    scriptsForStrategy: (slug) => scripts.filter((s) => s.strategies.includes(slug)),
    sopsUsingScript: (slug) => sops.filter((sop) => sop.steps.some((step) => step.kind === 'say' && step.script === slug)),
    sopsForStrategy: (slug) => sops.filter((sop) => sop.strategies.includes(slug)),
    // Own keys only: a slug like "constructor" must not find Object.prototype's.
    updated: (part, slug) => {
      const times = updated[part]
      return times && Object.hasOwn(times, slug) ? times[slug] : undefined
    },
  }
}
