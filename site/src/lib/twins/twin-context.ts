import type { Library, Script, Situation, Sop, Source, Strategy } from '@kb/content'
import { urls } from '../urls.ts'

/** The kinds of entry that have a page, and so a Markdown twin. */
export type PageKind = 'script' | 'strategy' | 'sop' | 'situation'

/**
 * What every twin needs besides its own entry: the rest of the library by slug, the reverse
 * relations pages show, and absolute addresses on the site (tools read twins out of context).
 */
export interface TwinContext {
  /** The library with every list in title order. */
  library: Library
  script: (slug: string) => Script
  strategy: (slug: string) => Strategy
  situation: (slug: string) => Situation
  source: (slug: string) => Source
  scriptsForStrategy: (slug: string) => Script[]
  sopsUsingScript: (slug: string) => Sop[]
  sopsForStrategy: (slug: string) => Sop[]
  /** The absolute URL of an entry's page. */
  page: (kind: PageKind, slug: string) => string
  /** The absolute URL of an entry's Markdown twin. */
  twin: (kind: PageKind, slug: string) => string
  /** An absolute URL for a site path. */
  absolute: (path: string) => string
}

const PAGE_URL: Record<PageKind, (slug: string) => string> = {
  script: urls.script,
  strategy: urls.strategy,
  sop: urls.sop,
  situation: urls.situation,
}

const contexts = new WeakMap<Library, Map<string, TwinContext>>()

/** The context for a library and site address, made once per build and reused by every twin. */
export function twinContext(library: Library, site: URL | undefined): TwinContext {
  if (!site) throw new Error('the twins need absolute URLs: set `site` in astro.config.ts (SITE_URL)')
  const perSite = contexts.get(library) ?? new Map<string, TwinContext>()
  contexts.set(library, perSite)
  const known = perSite.get(site.href)
  if (known) return known
  const context = makeContext(library, site)
  perSite.set(site.href, context)
  return context
}

const byTitle = <T extends { title: string; slug: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.title.localeCompare(b.title, 'en') || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))

function makeContext(given: Library, site: URL): TwinContext {
  // Lists in twins come out in title order whatever order the caller keeps them in.
  const library: Library = {
    sources: byTitle(given.sources),
    situations: byTitle(given.situations),
    strategies: byTitle(given.strategies),
    scripts: byTitle(given.scripts),
    sops: byTitle(given.sops),
  }
  const lookup = <T extends { slug: string }>(kind: string, list: readonly T[]) => {
    const bySlug = new Map(list.map((entry) => [entry.slug, entry]))
    return (slug: string): T => {
      const entry = bySlug.get(slug)
      if (!entry) throw new Error(`no published ${kind} "${slug}", yet a published entry refers to it`)
      return entry
    }
  }
  const absolute = (path: string) => new URL(path, site).href
  return {
    library,
    script: lookup('script', library.scripts),
    strategy: lookup('strategy', library.strategies),
    situation: lookup('situation', library.situations),
    source: lookup('source', library.sources),
    scriptsForStrategy: (slug) => library.scripts.filter((script) => script.strategies.includes(slug)),
    sopsUsingScript: (slug) => library.sops.filter((sop) => sop.steps.some((step) => step.kind === 'say' && step.script === slug)),
    sopsForStrategy: (slug) => library.sops.filter((sop) => sop.strategies.includes(slug)),
    page: (kind, slug) => absolute(PAGE_URL[kind](slug)),
    twin: (kind, slug) => absolute(urls.twin(PAGE_URL[kind](slug))),
    absolute,
  }
}

/** The response for a Markdown twin. Static hosts pick the type from `.md`; `astro dev` uses this one. */
export function markdownResponse(markdown: string): Response {
  return new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } })
}
