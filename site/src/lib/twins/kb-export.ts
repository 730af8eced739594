import { KB_EXPORT_VERSION, kbExportSchema, reviewState, type KbExport, type Review } from '@kb/content'
import type { SiteData } from '../library-view.ts'
import { PART_OF, twinContext, type PageKind } from './twin-context.ts'

// kb.json lists entries by slug, not in the pages' title order: a stable order for diffs and tools.
const bySlug = <T extends { slug: string }>(list: readonly T[]) =>
  [...list].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))

/** The newest review date in the library: the export's date, stable across rebuilds of the same content. */
function newestReview(library: SiteData): string | undefined {
  const entries = [...library.sources, ...library.situations, ...library.strategies, ...library.scripts, ...library.sops]
  return entries.flatMap((entry) => (entry.review ? [entry.review.lastReviewed] : [])).sort().at(-1)
}

/**
 * Assembles `/kb.json` and validates it with the shared `kbExportSchema`. Invalid data fails the
 * build with every problem named by part, entry slug and field.
 */
export function kbExport(library: SiteData, site: URL | undefined, today?: string): KbExport {
  const ctx = twinContext(library, site, today)
  const onSite = <T extends { slug: string; review?: Review | undefined }>(kind: PageKind, list: readonly T[]) =>
    bySlug(list).map((entry) => ({
      ...entry,
      url: ctx.page(kind, entry.slug),
      markdown: ctx.twin(kind, entry.slug),
      updated: library.updated(PART_OF[kind], entry.slug),
      verification: entry.review ? reviewState(entry.review, ctx.today) : undefined,
    }))
  const data = {
    schemaVersion: KB_EXPORT_VERSION,
    generatedAt: newestReview(library),
    site: ctx.absolute('/'),
    counts: {
      sources: library.sources.length,
      situations: library.situations.length,
      strategies: library.strategies.length,
      scripts: library.scripts.length,
      sops: library.sops.length,
    },
    sources: bySlug(library.sources),
    situations: onSite('situation', library.situations),
    strategies: onSite('strategy', library.strategies),
    scripts: onSite('script', library.scripts),
    sops: onSite('sop', library.sops),
  }
  const result = kbExportSchema.safeParse(data)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => {
    const [part, index, ...field] = issue.path
    const list = typeof part === 'string' ? (data as Record<string, unknown>)[part] : undefined
    const entry = Array.isArray(list) && typeof index === 'number' ? (list[index] as { slug?: string } | undefined) : undefined
    const where = entry
      ? `${String(part)} "${entry.slug}" field "${field.map(String).join('.')}"`
      : `field "${issue.path.map(String).join('.')}"`
    return `  - ${where}: ${issue.message}`
  })
  throw new Error(`/kb.json would not match its schema (version ${KB_EXPORT_VERSION}):\n${problems.join('\n')}`)
}

/** `/kb.json` as written: two-space indented, keys in schema order, a newline at the end. */
export function kbJson(library: SiteData, site: URL | undefined): string {
  return `${JSON.stringify(kbExport(library, site), null, 2)}\n`
}
