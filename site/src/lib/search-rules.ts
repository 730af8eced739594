/**
 * Ranking rules for what an agent needs, applied to the best-scoring pages once their data is
 * loaded: a situation the query names puts its playbook first; "what do I say" favours lines to
 * say; lines for the agent's own reflection and light-humour lines never outrank other lines
 * unless the query asks for them; a situation and an SOP with the same title never take two places;
 * of pages that score the same, a verified one (its review not yet due) comes first (issue 13.1).
 */
import type { PagefindResultData } from './search-pagefind.ts'
import type { QueryPlan } from './search-plan.ts'
import type { VocabularySituation } from './search-vocabulary.ts'
import { FILLER, stemOf, wordsOf } from './search-words.ts'

export interface RankedPage {
  id: string
  score: number
  coverage: number
  data: PagefindResultData
  /** A page folded into this one because it looks the same (same title, other type). */
  also?: PagefindResultData
}

/** The stage EntryLayout files lines for after the contact under. */
const REFLECT_STAGE = 'Reflect (after the contact)'
const LIGHTHEARTED = 'Lighthearted'

/** How much less of the query a line may match and still keep a held-back line below it. */
const COVERAGE_SLACK = 0.05
/**
 * A playbook repeats the lines and steps of its situation's entries, so it matches many queries
 * broadly; unless the query names its situation, it counts this much of its score.
 */
const PLAYBOOK_DAMPING = 0.6
/** Boosts for pages the query's intents ask for. */
const SAY_BOOST = 1.6
const ASKED_BOOST = 1.5

/** A situation's names (title and aliases) as stems, worked out once per vocabulary. */
interface NameStems {
  /** Stems of the meaningful words. */
  content: string[]
  /** Stems of every word, joined by spaces. */
  full: string
}
const nameStems = new WeakMap<VocabularySituation, NameStems[]>()
export function namesOf(situation: VocabularySituation): NameStems[] {
  let names = nameStems.get(situation)
  if (!names) {
    names = [situation.title, ...situation.aliases].map((name) => {
      const words = wordsOf(name)
      return { content: words.filter((w) => !FILLER.has(w)).map(stemOf), full: words.map(stemOf).join(' ') }
    })
    nameStems.set(situation, names)
  }
  return names
}

/**
 * The situations a query names by title or alias: every meaningful word of the name is in the
 * query or its synonyms, and at least one is the agent's own word (or the whole name is one of the
 * synonyms searched), so a synonym sharing a word with a name of another meaning names nothing.
 * The most specific names first. Queries about the agent's own state name none.
 */
export function namedSituations(plan: QueryPlan, situations: VocabularySituation[]): VocabularySituation[] {
  if (plan.intents.self) return []
  const named = situations
    .map((situation) => {
      const strength = Math.max(0, ...namesOf(situation).map(({ content, full }) => {
        const covered = content.length > 0 && content.every((stem) => plan.stems.has(stem))
        const own = content.some((stem) => plan.ownStems.has(stem)) || plan.synonymPhrases.has(full)
        return covered && own ? content.length : 0
      }))
      return { situation, strength }
    })
    .filter(({ strength }) => strength > 0)
    .sort((a, b) => b.strength - a.strength)
  return named.filter(({ strength }) => strength === named[0]?.strength).map(({ situation }) => situation)
}

const isScript = (page: RankedPage) => page.data.meta.type === 'Script'
const isReflection = (page: RankedPage) => (page.data.filters.stage ?? []).includes(REFLECT_STAGE)
const isLighthearted = (page: RankedPage) => page.data.meta.tone === LIGHTHEARTED
/**
 * Verified as of `today` (YYYY-MM-DD): the `due` filter EntryLayout records (the day the entry's
 * review falls due, content/src/review-state.ts) is still ahead. No review recorded: not verified.
 */
const isVerified = (page: RankedPage, today: string) => (page.data.filters.due?.[0] ?? '') > today

/**
 * Orders the pages by the rules; a page folded into another is left out of the list. `today`
 * (YYYY-MM-DD, the reader's day by default) decides which entries count as verified on ties.
 */
export function applyRules(pages: RankedPage[], plan: QueryPlan, named: VocabularySituation[], today = new Date().toISOString().slice(0, 10)): RankedPage[] {
  const { say, self, humour } = plan.intents
  const held = (page: RankedPage) => isScript(page) && ((isReflection(page) && !self) || (isLighthearted(page) && !humour))
  const namedUrls = new Set(named.map((situation) => situation.url))
  const adjusted = pages.map((page) => {
    let score = page.score
    if (page.data.meta.type === 'Situation' && !namedUrls.has(page.data.url)) score *= PLAYBOOK_DAMPING
    if (say && isScript(page)) score *= SAY_BOOST
    if ((self && isReflection(page)) || (humour && isLighthearted(page))) score *= ASKED_BOOST
    return { ...page, score }
  })
  adjusted.sort((a, b) => b.score - a.score || Number(isVerified(b, today)) - Number(isVerified(a, today)))

  // A named situation's playbook first.
  const first = adjusted.filter((page) => namedUrls.has(page.data.url))
  let ordered = [...first, ...adjusted.filter((page) => !namedUrls.has(page.data.url))]

  // A held-back line goes below every line not held back that matches as much of the query.
  for (const page of ordered.filter(held)) {
    const from = ordered.indexOf(page)
    const last = ordered.findLastIndex((other) => isScript(other) && !held(other) && other.coverage >= page.coverage - COVERAGE_SLACK)
    if (last > from) ordered = [...ordered.slice(0, from), ...ordered.slice(from + 1, last + 1), page, ...ordered.slice(last + 1)]
  }

  // Same title, other type: fold the lower one into the higher.
  const byTitle = new Map<string, RankedPage>()
  const result: RankedPage[] = []
  for (const page of ordered) {
    const key = wordsOf(page.data.meta.title ?? page.data.url).join(' ')
    const twin = byTitle.get(key)
    if (twin && !twin.also && twin.data.meta.type !== page.data.meta.type) {
      twin.also = page.data
      continue
    }
    byTitle.set(key, page)
    result.push(page)
  }
  return result
}
