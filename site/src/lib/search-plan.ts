/**
 * What a query asks for, before anything is searched: its words normalised and spelled the way
 * the index spells them, grouped into concepts (a word or phrase plus the synonyms agents use for
 * it), each weighted by how rare it is in the library, and what the query wants beyond its topic
 * (lines to say, help for the agent, humour). Records every change for the UI to report.
 */
import { correctWord } from './search-correct.ts'
import type { Lexicon } from './search-vocabulary.ts'
import { FILLER, spellingVariants, stemOf, wordsOf } from './search-words.ts'

/** One thing the query asks about; a page matches it when it matches any of its terms. */
export interface Concept {
  /** The words as they stood in the (corrected) query, e.g. "passed away". */
  text: string
  /** What to send to Pagefind, the concept's own words first; each term must match whole. */
  terms: string[]
  /** How telling a match on each term is, 0–1: rarer terms tell more (the rarest is 1). */
  specificity: number[]
  /** How much matching this concept says about a page (rare words weigh more). */
  weight: number
  /** True when the concept is only filler, searched because the query has nothing else. */
  filler: boolean
}

export interface QueryIntents {
  /** Wants words to say: favour lines to say. */
  say: boolean
  /** About the agent's own state: lines for after the contact may rank. */
  self: boolean
  /** Asks for humour: light-hearted lines may rank. */
  humour: boolean
}

export interface QueryPlan {
  /** The query's words after normalisation and correction, as shown in "Showing results for". */
  searchedFor: string
  concepts: Concept[]
  corrected: { from: string; to: string }[]
  /** Words neither the index nor a correction knows: left out rather than matched by prefix. */
  dropped: string[]
  /** Synonyms searched for a phrase of the query. */
  synonyms: { text: string; with: string[] }[]
  intents: QueryIntents
  /** Stems of every meaningful word the query (with its synonyms) stands for, for names and excerpts. */
  stems: Set<string>
  /** Stems of the meaningful words of the query itself (corrected), without synonyms. */
  ownStems: Set<string>
  /** Every synonym searched, as its stems joined by spaces ("call back"). */
  synonymPhrases: Set<string>
}

/** Alternatives searched per concept at most, the concept's own words first. */
const MAX_TERMS = 5
/** A word on more than this share of the pages is treated as filler. */
const COMMON_SHARE = 0.5
/** Synonyms searched only if at least this telling, relative to the concept's rarest term. */
const MIN_SPECIFICITY = 0.5
/** How much a match on a synonym counts against a match on the agent's own words. */
export const SYNONYM_FACTOR = 0.8

/** Where a phrase (as stems) starts in a list of stems, searching from `from`; -1 when absent. */
function findPhrase(stems: string[], phrase: string[], from = 0): number {
  outer: for (let i = from; i + phrase.length <= stems.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (stems[i + j] !== phrase[j]) continue outer
    return i
  }
  return -1
}

/** Whether a query word is searched as typed: the index knows it, it is filler, or a synonym group has its stem. */
export function keptAsTyped(word: string, lexicon: Lexicon): boolean {
  return lexicon.knows(word) || FILLER.has(word) || lexicon.synonymStems.has(stemOf(word))
}

/** The other British or American spelling of the word that the index has, if any. */
export function knownVariant(word: string, lexicon: Lexicon): string | undefined {
  return spellingVariants(word).find((variant) => lexicon.knows(variant))
}

/**
 * Plans a query against the index's vocabulary. `verbatim` (the agent chose "search instead for"
 * the words as typed) keeps every word as typed: nothing is corrected or dropped.
 */
export function planQuery(query: string, lexicon: Lexicon, { verbatim = false } = {}): QueryPlan {
  const { intentStems } = lexicon
  const corrected: QueryPlan['corrected'] = []
  const dropped: string[] = []
  const typed = wordsOf(query)

  // 1. Spell each word the way the index does; correct or drop what it cannot know.
  const words: string[] = []
  typed.forEach((word, index) => {
    const last = index === typed.length - 1
    if (verbatim || keptAsTyped(word, lexicon)) return void words.push(word)
    const variant = knownVariant(word, lexicon)
    if (variant) return void words.push(variant)
    if (last && word.length >= 3 && lexicon.completes(word)) return void words.push(word)
    // A real word meant as typed: changing it into another word would find the wrong pages.
    if (lexicon.isRealWord(word)) return void dropped.push(word)
    const fix = correctWord(word, lexicon)
    if (fix) {
      corrected.push({ from: word, to: fix })
      words.push(fix)
    } else dropped.push(word)
  })
  const stems = words.map(stemOf)
  const stemSet = new Set(stems)

  // 2. What the query asks for beyond its topic; "what do I say" is not itself searched.
  const consumed = new Array<boolean>(words.length).fill(false)
  const has = (phrases: string[][], consume: boolean) => phrases.some((phrase) => {
    const at = findPhrase(stems, phrase)
    if (at >= 0 && consume) for (let i = at; i < at + phrase.length; i++) consumed[i] = true
    return at >= 0
  })
  const intents: QueryIntents = { say: has(intentStems.say, true), self: has(intentStems.self, false), humour: has(intentStems.humour, false) }

  // 3. Phrases from the synonym groups, longest first, become one concept with their synonyms.
  const concepts: Concept[] = []
  const synonyms: QueryPlan['synonyms'] = []
  const allStems = new Set<string>()
  const synonymPhrases = new Set<string>()
  for (const { stems: phrase, others } of lexicon.phrases) {
    if (phrase.some((stem) => !stemSet.has(stem))) continue
    let at = findPhrase(stems, phrase)
    while (at >= 0 && consumed.slice(at, at + phrase.length).some(Boolean)) at = findPhrase(stems, phrase, at + 1)
    if (at < 0) continue
    for (let i = at; i < at + phrase.length; i++) consumed[i] = true
    const text = words.slice(at, at + phrase.length).join(' ')
    // Pagefind matches by stem, so terms with the same stems ("insult", "insulting") are searched once.
    const seen = new Set<string>()
    const searchable = [text, ...others].filter((t) => {
      const words = wordsOf(t)
      const key = words.map(stemOf).join(' ')
      if (seen.has(key) || !words.every((w) => FILLER.has(w) || lexicon.knows(w))) return false
      seen.add(key)
      return true
    })
    for (const t of [text, ...others]) for (const w of wordsOf(t)) if (!FILLER.has(w)) allStems.add(stemOf(w))
    const weight = Math.max(0, ...searchable.map((t) => termWeight(t, lexicon)))
    if (searchable.length === 0 || weight === 0) {
      dropped.push(text)
      continue
    }
    // Synonyms far commoner than the concept's rarest term tell little and cost the most to search.
    const terms = searchable.filter((t, i) => (i === 0 && t === text) || termWeight(t, lexicon) >= MIN_SPECIFICITY * weight).slice(0, MAX_TERMS)
    concepts.push({ text, terms, specificity: terms.map((t) => termWeight(t, lexicon) / weight), weight, filler: false })
    const used = terms.filter((t) => t !== text)
    for (const t of used) synonymPhrases.add(wordsOf(t).map(stemOf).join(' '))
    if (used.length > 0) synonyms.push({ text, with: used })
  }

  // 4. Every other word is a concept of its own; filler only when nothing else is left. A word on
  // most pages of the library ("say", from every script's "Say this") is filler here too: it
  // tells nothing, and searching it alone is the costliest search there is.
  const rest = words.map((word, i) => ({ word, i })).filter(({ i }) => !consumed[i])
  for (const { word } of rest) {
    if (FILLER.has(word) || lexicon.pagesWith(word) > COMMON_SHARE * lexicon.pages) continue
    allStems.add(stemOf(word))
    concepts.push({ text: word, terms: [word], specificity: [1], weight: Math.max(termWeight(word, lexicon), verbatim ? 1 : 0.1), filler: false })
  }
  if (concepts.length === 0) {
    for (const word of new Set(rest.map(({ word }) => word))) {
      if (lexicon.knows(word)) concepts.push({ text: word, terms: [word], specificity: [1], weight: termWeight(word, lexicon), filler: true })
    }
  }
  const ownStems = new Set(words.filter((word) => !FILLER.has(word)).map(stemOf))
  return { searchedFor: words.join(' '), concepts, corrected, dropped, synonyms, intents, stems: allStems, ownStems, synonymPhrases }
}

/** A term's weight: that of its rarest word the index knows (filler counts only when alone). */
function termWeight(term: string, lexicon: Lexicon): number {
  const words = wordsOf(term)
  const content = words.filter((w) => !FILLER.has(w))
  return Math.max(0, ...(content.length > 0 ? content : words).map((w) => lexicon.weight(w)))
}
