/**
 * A small in-memory stand-in for Pagefind's browser API, for unit tests of the query side: a term
 * matches a page when every word of it matches a word of the page by Porter2 stem (the last word
 * also by prefix, as Pagefind completes a word being typed); the score counts matches, titles
 * five times. Filters and data as Pagefind returns them. Not Pagefind's ranking: tests of the
 * real ranking build a site (test/build/search-ranking.test.ts).
 */
import type { FilterCounts, PagefindApi, PagefindResultData } from '../../site/src/lib/search-pagefind.ts'
import { stemOf, wordsOf } from '../../site/src/lib/search-words.ts'

/** A page of the fake index: what Pagefind would hold for it. */
export interface FakePage {
  url: string
  title: string
  type: 'Situation' | 'SOP' | 'Strategy' | 'Script'
  text: string
  aliases?: string[]
  situations?: string[]
  stage?: string
  tone?: string
  line?: string
  /** The day the entry's review falls due (the `due` filter), YYYY-MM-DD. */
  due?: string
}

/** The page text as EntryLayout makes it: the alias line first, then the body. */
export function contentOf(page: FakePage): string {
  const aliases = page.aliases ?? []
  const lead = page.type === 'Situation' ? [page.title, ...aliases].join(' · ') : aliases.join(' · ')
  return `${lead ? `${lead}. ` : ''}${page.title}. ${page.text}`
}

export function dataOf(page: FakePage): PagefindResultData {
  const filters: Record<string, string[]> = { type: [page.type], situation: page.situations ?? [] }
  if (page.stage) filters.stage = [page.stage]
  if (page.due) filters.due = [page.due]
  const meta: Record<string, string | undefined> = { title: page.title, type: page.type }
  if (page.aliases?.length) meta.aliases = page.aliases.join(', ')
  if (page.tone) meta.tone = page.tone
  if (page.line) meta.line = page.line
  return { url: page.url, content: contentOf(page), excerpt: '', meta, filters }
}

export function fakePagefind(pages: FakePage[]): PagefindApi & { searches: string[] } {
  const indexed = pages.map((page, i) => {
    const data = dataOf(page)
    return { id: `p${i}`, data, words: wordsOf(data.content), title: new Set(wordsOf(page.title).map(stemOf)) }
  })
  const fits = (data: PagefindResultData, filters: Record<string, { any: string[] }>) =>
    Object.entries(filters).every(([name, { any }]) => any.some((value) => (data.filters[name] ?? []).includes(value)))
  const searches: string[] = []
  return {
    searches,
    options: async () => {},
    init: async () => {},
    filters: async () => {
      const counts: FilterCounts = {}
      for (const { data } of indexed) for (const [name, values] of Object.entries(data.filters)) {
        counts[name] ??= {}
        for (const value of values) counts[name][value] = (counts[name][value] ?? 0) + 1
      }
      return counts
    },
    search: async (term, options) => {
      const filters = (options?.filters ?? {}) as Record<string, { any: string[] }>
      if (term !== null) searches.push(term)
      const words = term === null ? [] : wordsOf(term)
      const results = indexed.flatMap(({ id, data, words: pageWords, title }) => {
        if (!fits(data, filters)) return []
        let score = 0
        for (const [i, word] of words.entries()) {
          const stem = stemOf(word)
          const last = i === words.length - 1
          const hits = pageWords.filter((w) => stemOf(w) === stem || (last && w.startsWith(word))).length
          if (hits === 0) return []
          score += hits + (title.has(stem) ? 5 : 0)
        }
        return [{ id, score: term === null ? 1 : score, data: async () => data }]
      })
      results.sort((a, b) => b.score - a.score)
      return { results, unfilteredResultCount: results.length, filters: {}, totalFilters: {} }
    },
  }
}
