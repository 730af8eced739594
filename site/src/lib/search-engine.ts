/**
 * The product's search: `search(query, filters)` over a Pagefind index and its vocabulary file,
 * the same in the browser (lib/search-ui.ts), in Node (tests, benchmarks, tools) and anywhere a
 * Pagefind bundle can run. Pagefind stays the index; this is the query side around it: the plan
 * (normalise, correct, synonyms, intents), any-words scoring, ranking rules, readable excerpts,
 * filters and their counts, and the closest situations when nothing matches well.
 */
import { excerptParts, withoutAliases } from './search-excerpt.ts'
import type { FilterCounts, PagefindApi, PagefindPair, PagefindResult, PagefindResultData } from './search-pagefind.ts'
import { planQuery, type QueryPlan } from './search-plan.ts'
import { createFilterIndex, type FilterIndex } from './search-filters.ts'
import { noFilters, pagefindFilters, type ChosenFilters } from './search-query.ts'
import { applyRules, namedSituations, namesOf, type RankedPage } from './search-rules.ts'
import { scorePages, type TermHit } from './search-score.ts'
import type { TextPart } from './search-text.ts'
import { Lexicon, type SearchVocabulary, type VocabularySituation } from './search-vocabulary.ts'
import { mergeWords, needsMoreWords, type VocabularyRest } from './search-vocabulary-split.ts'
import { wordsOf } from './search-words.ts'

/**
 * Pages the ranking rules look at (their data is loaded); the rest follow in score order. One
 * screen of results: each page's data is a request (a Pagefind fragment), and on a cold search
 * twenty of them cost about a fifth of the time to the first result (bench/site.md), while ten
 * ranked the labelled queries exactly as well (bench/search.md).
 */
const RULE_WINDOW = 10
/** A concept whose own words match this many pages is not widened with its synonyms. */
const ENOUGH_PAGES = 30
/** Pages whose data is kept in memory between searches. */
const DATA_CACHE = 500
/** Below this share of the query's weight, the best match is weak: show the closest situations too. */
const WEAK_COVERAGE = 0.5
/** What a word the index does not know weighs when judging whether the best match is weak. */
const DROPPED_WEIGHT = 2

export interface SearchHit {
  url: string
  title: string
  /** Situation, SOP, Strategy or Script. */
  type: string
  /** For a script: the line itself. */
  line?: string
  excerpt: TextPart[]
  /** A page that looks the same (a situation and its SOP of one title), folded into this hit. */
  also?: { url: string; title: string; type: string }
}

/** What the search did to the query, for the UI and for tools. */
export type SearchReport = Pick<QueryPlan, 'searchedFor' | 'corrected' | 'dropped' | 'synonyms' | 'intents'>

export interface SearchAnswer {
  query: string
  report: SearchReport
  /** The first hits, ready to show. */
  hits: SearchHit[]
  /** Every page that matched, after filters. */
  total: number
  /** The hits from `start`, `count` of them. */
  more: (start: number, count: number) => Promise<SearchHit[]>
  /** When nothing matched well: the situations closest to the query, for "no dead ends". */
  closest: VocabularySituation[]
  /** For each filter value, how many results have it, counting as if that filter alone were unset. */
  counts: () => Promise<FilterCounts>
}

export interface SearchOptions {
  filters?: ChosenFilters
  /** Hits to return ready to show (default 10). */
  limit?: number
  /** Search the words as typed: no spelling correction, nothing dropped. */
  verbatim?: boolean
}

export interface ProductSearch {
  search: (query: string, options?: SearchOptions) => Promise<SearchAnswer>
  /**
   * Does ahead the work a first search would do before any of it is needed: the situations' names
   * as stems, and one plan and excerpt, so the page has compiled that code. No requests. For a
   * browser that is idle after loading the search (on a cold search of 1,000 entries this was
   * 10 to 20 ms of the first search's own time).
   */
  warmUp: () => void
}

/**
 * The product search over one loaded Pagefind index (an instance for words, one for filters) and
 * the vocabulary built with it. A vocabulary without its rare words (`moreWords`, the browser's
 * first part) needs `loadMoreWords`: they are loaded, once, before planning the first query with a
 * word outside the words loaded, so every query is planned on the whole vocabulary's answers.
 */
export function createSearch(
  { terms: pagefind, filters: filterPagefind, pageData: loadPageData = (result) => result.data() }: PagefindPair,
  loaded: SearchVocabulary,
  loadMoreWords?: () => Promise<VocabularyRest>,
): ProductSearch {
  let vocabulary = loaded
  let lexicon = new Lexicon(vocabulary)
  let merging: Promise<void> | undefined
  const wholeVocabulary = async (query: string): Promise<void> => {
    if (!needsMoreWords(vocabulary, query, (word) => lexicon.count(word) > 0)) return
    if (!loadMoreWords) throw new Error('search vocabulary: rare words left out, and no way to load them given')
    merging ??= loadMoreWords().then((rest) => {
      vocabulary = mergeWords(vocabulary, rest.words, rest.realWords)
      lexicon = new Lexicon(vocabulary)
    })
    merging.catch(() => (merging = undefined))
    await merging
  }
  const filterIndex = createFilterIndex(filterPagefind)
  /** Page data by id: Pagefind decompresses a page's fragment on every `data()` call. */
  const pageData = new Map<string, Promise<PagefindResultData>>()
  const dataOf = (result: PagefindResult): Promise<PagefindResultData> => {
    let data = pageData.get(result.id)
    if (!data) {
      if (pageData.size >= DATA_CACHE) pageData.delete(pageData.keys().next().value!)
      data = loadPageData(result)
      data.catch(() => pageData.delete(result.id))
      pageData.set(result.id, data)
    }
    return data
  }

  async function search(query: string, { filters = noFilters(), limit = 10, verbatim = false }: SearchOptions = {}): Promise<SearchAnswer> {
    await wholeVocabulary(query)
    const plan = planQuery(query, lexicon, { verbatim })
    const report: SearchReport = { searchedFor: plan.searchedFor, corrected: plan.corrected, dropped: plan.dropped, synonyms: plan.synonyms, intents: plan.intents }
    const prefix = wordsOf(query).at(-1)
    const toHit = (page: { data: PagefindResultData; also?: PagefindResultData }): SearchHit => hitOf(page, plan.stems, prefix)

    if (plan.concepts.length === 0) {
      if (!query.trim()) return filterOnly(await filterPagefind(), filterIndex, filters, report, limit, toHit, dataOf)
      return emptyAnswer(query, report, closestByName(plan, vocabulary.situations))
    }

    const results = new Map<string, TermHit[]>()
    const byId = new Map<string, PagefindResult>()
    const searchTerms = async (terms: string[]) => {
      const fresh = [...new Set(terms)].filter((term) => !results.has(term))
      const found = await Promise.all(fresh.map((term) => pagefind.search(term)))
      fresh.forEach((term, index) => {
        const hits = found[index]?.results ?? []
        results.set(term, hits)
        for (const hit of hits) byId.set(hit.id, hit)
      })
    }
    // Each concept's own words first; its synonyms only where those found few pages (synonyms
    // are for recall, and on a large index searching them all would cost the most).
    await searchTerms(plan.concepts.map((concept) => concept.terms[0]!))
    const synonymTerms = plan.concepts.flatMap((concept) => ((results.get(concept.terms[0]!)?.length ?? 0) < ENOUGH_PAGES ? concept.terms.slice(1) : []))
    if (synonymTerms.length > 0) {
      // The best pages on the agent's own words will mostly stay in the window: their data loads
      // while the synonyms are searched (on a cold search, a round of requests saved).
      for (const page of scorePages(plan.concepts, results).slice(0, RULE_WINDOW)) void dataOf(byId.get(page.id)!).catch(() => undefined)
      await searchTerms(synonymTerms)
    }
    const scored = scorePages(plan.concepts, results)
    const pass = await filterIndex.passes(filters)
    const kept = scored.filter((page) => pass(page.id))

    const window = await Promise.all(kept.slice(0, RULE_WINDOW).map(async (page) => ({ ...page, data: await dataOf(byId.get(page.id)!) })))
    const ruled: RankedPage[] = applyRules(window, plan, namedSituations(plan, vocabulary.situations))
    const folded = new Set(window.filter((page) => !ruled.some((r) => r.id === page.id)).map((page) => page.id))
    const rest = kept.slice(RULE_WINDOW).filter((page) => !folded.has(page.id))
    const total = ruled.length + rest.length

    const more = async (start: number, count: number): Promise<SearchHit[]> => {
      const fromRuled = ruled.slice(start, start + count).map(toHit)
      const restStart = Math.max(0, start - ruled.length)
      const restCount = count - fromRuled.length
      const fromRest = await Promise.all(rest.slice(restStart, restStart + restCount).map(async (page) => toHit({ data: await dataOf(byId.get(page.id)!) })))
      return [...fromRuled, ...fromRest]
    }
    // Words the index does not know count against the best match too.
    const typedWeight = plan.concepts.reduce((sum, concept) => sum + concept.weight, 0)
    const share = typedWeight / (typedWeight + plan.dropped.length * DROPPED_WEIGHT)
    const weak = (kept[0]?.coverage ?? 0) * share < WEAK_COVERAGE
    const closest = weak ? closestSituations(ruled, plan, vocabulary.situations) : []
    const counts = () => filterIndex.counts(scored.map((page) => page.id), filters)
    return { query, report, hits: await more(0, limit), total, more, closest, counts }
  }

  const warmUp = () => {
    for (const situation of vocabulary.situations) namesOf(situation)
    const sample = vocabulary.situations[0]?.title ?? ''
    const plan = planQuery(sample, lexicon)
    excerptParts(sample, plan.stems, wordsOf(sample).at(-1))
  }

  return { search, warmUp }
}

function hitOf({ data, also }: { data: PagefindResultData; also?: PagefindResultData }, stems: Set<string>, prefix: string | undefined): SearchHit {
  const text = withoutAliases(data.content ?? '', data.meta.title, data.meta.aliases)
  return {
    url: data.url,
    title: data.meta.title ?? data.url,
    type: data.meta.type ?? '',
    ...(data.meta.line ? { line: data.meta.line } : {}),
    excerpt: excerptParts(text, stems, prefix),
    ...(also ? { also: { url: also.url, title: also.meta.title ?? also.url, type: also.meta.type ?? '' } } : {}),
  }
}

/** Situations whose names share the most meaningful words with the query. */
function closestByName(plan: QueryPlan, situations: VocabularySituation[]): VocabularySituation[] {
  return situations
    .map((situation) => ({
      situation,
      shared: namesOf(situation).flatMap((name) => name.content).filter((stem) => plan.stems.has(stem)).length,
    }))
    .filter(({ shared }) => shared > 0)
    .sort((a, b) => b.shared - a.shared)
    .slice(0, 3)
    .map(({ situation }) => situation)
}

/** The situations the best results belong to, then those whose names share words with the query. */
function closestSituations(ranked: RankedPage[], plan: QueryPlan, situations: VocabularySituation[]): VocabularySituation[] {
  const tally = new Map<string, number>()
  ranked.slice(0, 10).forEach((page, index) => {
    for (const title of page.data.filters.situation ?? []) tally.set(title, (tally.get(title) ?? 0) + 10 - index)
  })
  const fromResults = [...tally].sort((a, b) => b[1] - a[1]).map(([title]) => situations.find((s) => s.title === title)).filter((s) => s !== undefined)
  return [...new Set([...fromResults, ...closestByName(plan, situations)])].slice(0, 3)
}

function emptyAnswer(query: string, report: SearchReport, closest: VocabularySituation[]): SearchAnswer {
  return { query, report, hits: [], total: 0, more: async () => [], closest, counts: async () => ({}) }
}

/** No words, only filters: every page with the chosen values, in Pagefind's order. */
async function filterOnly(
  pagefind: PagefindApi, filterIndex: FilterIndex, filters: ChosenFilters, report: SearchReport, limit: number,
  toHit: (page: { data: PagefindResultData }) => SearchHit, dataOf: (result: PagefindResult) => Promise<PagefindResultData>,
): Promise<SearchAnswer> {
  const [found, everything] = await Promise.all([pagefind.search(null, { filters: pagefindFilters(filters) }), pagefind.search(null)])
  const results = found?.results ?? []
  const allIds = (everything?.results ?? []).map((result) => result.id)
  const more = async (start: number, count: number) =>
    Promise.all(results.slice(start, start + count).map(async (result) => toHit({ data: await dataOf(result) })))
  return { query: '', report, hits: await more(0, limit), total: results.length, more, closest: [], counts: () => filterIndex.counts(allIds, filters) }
}
