import { getCollection, type CollectionEntry } from 'astro:content'
import { STAGES } from '@kb/content'

export type ScriptEntry = CollectionEntry<'scripts'>['data']
export type StrategyEntry = CollectionEntry<'strategies'>['data']
export type SopEntry = CollectionEntry<'sops'>['data']
export type SituationEntry = CollectionEntry<'situations'>['data']
export type SourceEntry = CollectionEntry<'sources'>['data']

/** The published library with the lookups pages need, loaded once per build. */
export interface SiteData {
  scripts: ScriptEntry[]
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
}

let loaded: Promise<SiteData> | undefined

const bySlug = <T extends { slug: string }>(list: T[]) => {
  const map = new Map(list.map((item) => [item.slug, item]))
  return (slug: string) => map.get(slug)
}
const stageOrder = new Map(STAGES.map((stage, index) => [stage.value, index]))
const byStageThenTitle = (a: ScriptEntry, b: ScriptEntry) =>
  (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0) || a.title.localeCompare(b.title)

export function siteData(): Promise<SiteData> {
  loaded ??= (async () => {
    const data = async <C extends 'scripts' | 'strategies' | 'sops' | 'situations' | 'sources'>(name: C) =>
      (await getCollection(name)).map((entry) => entry.data as CollectionEntry<C>['data'])
    const scripts = (await data('scripts')).sort(byStageThenTitle)
    const strategies = (await data('strategies')).sort((a, b) => a.title.localeCompare(b.title))
    const sops = (await data('sops')).sort((a, b) => a.title.localeCompare(b.title))
    const situations = (await data('situations')).sort((a, b) => a.title.localeCompare(b.title))
    const sources = await data('sources')
    return {
      scripts, strategies, sops, situations, sources,
      script: bySlug(scripts), strategy: bySlug(strategies), situation: bySlug(situations), source: bySlug(sources),
      scriptsForStrategy: (slug) => scripts.filter((s) => s.strategies.includes(slug)),
      sopsUsingScript: (slug) => sops.filter((sop) => sop.steps.some((step) => step.kind === 'say' && step.script === slug)),
      sopsForStrategy: (slug) => sops.filter((sop) => sop.strategies.includes(slug)),
    }
  })()
  return loaded
}
