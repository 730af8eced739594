import { reviewToday, type LibraryPart } from '@kb/content'
import type { SiteData } from '../library-view.ts'
import { urls } from '../urls.ts'

/** The kinds of entry that have a page, and so a Markdown twin. */
export type PageKind = 'script' | 'strategy' | 'sop' | 'situation'

/** The library part each kind of page shows. */
export const PART_OF = { script: 'scripts', strategy: 'strategies', sop: 'sops', situation: 'situations' } as const satisfies Record<PageKind, LibraryPart>

/**
 * What every twin needs besides its own entry: the site's data, whose lookups, reverse relations
 * and order are the pages' own, and absolute addresses on the site (tools read twins out of context).
 */
export interface TwinContext {
  data: SiteData
  /** The absolute URL of an entry's page. */
  page: (kind: PageKind, slug: string) => string
  /** The absolute URL of an entry's Markdown twin. */
  twin: (kind: PageKind, slug: string) => string
  /** An absolute URL for a site path. */
  absolute: (path: string) => string
  /** The day reviews are counted from (`YYYY-MM-DD`): the build's day, or `KB_TODAY`. */
  today: string
}

const PAGE_URL: Record<PageKind, (slug: string) => string> = {
  script: urls.script,
  strategy: urls.strategy,
  sop: urls.sop,
  situation: urls.situation,
}

/** The context for the site's data and address. Cheap: SiteData does the work, once per build. */
export function twinContext(data: SiteData, site: URL | undefined, today = reviewToday()): TwinContext {
  if (!site) throw new Error('the twins need absolute URLs: set `site` in astro.config.ts (SITE_URL)')
  const absolute = (path: string) => new URL(path, site).href
  return {
    data,
    page: (kind, slug) => absolute(PAGE_URL[kind](slug)),
    twin: (kind, slug) => absolute(urls.twin(PAGE_URL[kind](slug))),
    absolute,
    today,
  }
}

/**
 * A SiteData lookup for the entries a published entry refers to: a dangling reference fails the
 * build, naming it, rather than writing a twin with a hole in it.
 */
export function referenced<T>(kind: PageKind | 'source', lookup: (slug: string) => T | undefined): (slug: string) => T {
  return (slug) => {
    const entry = lookup(slug)
    if (!entry) throw new Error(`no published ${kind} "${slug}", yet a published entry refers to it`)
    return entry
  }
}

/** The response for a Markdown twin. Static hosts pick the type from `.md`; `astro dev` uses this one. */
export function markdownResponse(markdown: string): Response {
  return new Response(markdown, { headers: { 'content-type': 'text/markdown; charset=utf-8' } })
}
