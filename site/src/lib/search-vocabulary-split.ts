/**
 * The browser's copy of the search vocabulary in two parts (issue 9: first result, cold). Most of
 * the vocabulary's bytes are its rare words, which only a query with such a word, or with a word
 * the index lacks (spelling correction looks through every word), ever consults. So the gzipped
 * copy fetched on first search keeps the common words and every word of the agent vocabulary's
 * synonyms, and words sharing their stems (the query plan weighs those for any query that names them); the rest follow, in a
 * file of their own, the first time a query has a word outside the first part. With the words
 * merged the vocabulary is the plain file's exactly, so every search plans as it would have.
 */
import { FILLER, stemOf, wordsOf } from './search-words.ts'
import type { SearchVocabulary } from './search-vocabulary.ts'

/** Words on fewer pages than this go to the rare-words file. */
export const COMMON_PAGES = 5

/** The rare words, in the vocabulary's own shape (`{ "1": "word word …" }`). */
export type VocabularyWords = SearchVocabulary['words']

/** What the browser loads when a query needs more than the first part: the rare words, and the real words where the build listed any. */
export interface VocabularyRest {
  words: VocabularyWords
  realWords?: string
}

/**
 * The first part (its `moreWords` naming the rare-words file, and `realWordsFile` the real-words
 * file when there are real words) and what is left for those files.
 */
export function splitVocabulary(
  vocabulary: SearchVocabulary,
  moreWords: string,
  realWordsFile: string,
): { first: SearchVocabulary; rest: VocabularyWords; realWords?: string } {
  // By stem, as the lexicon looks synonym words up (`pagesWith` falls back to the stem): a rare
  // word sharing a synonym word's stem changes that synonym's weight in every plan naming it.
  const keptStems = new Set(vocabulary.synonyms.flat().flatMap(wordsOf).map(stemOf))
  const keep = (word: string) => keptStems.has(stemOf(word))
  const first: VocabularyWords = {}
  const rest: VocabularyWords = {}
  for (const [pages, list] of Object.entries(vocabulary.words)) {
    const words = list.split(' ').filter(Boolean)
    const common = Number(pages) >= COMMON_PAGES ? words : words.filter(keep)
    const rare = Number(pages) >= COMMON_PAGES ? [] : words.filter((word) => !keep(word))
    if (common.length > 0) first[pages] = common.join(' ')
    if (rare.length > 0) rest[pages] = rare.join(' ')
  }
  const { realWords, ...withoutRealWords } = vocabulary
  if (!realWords) return { first: { ...withoutRealWords, words: first, moreWords }, rest }
  return { first: { ...withoutRealWords, words: first, moreWords, realWordsFile }, rest, realWords }
}

/**
 * The whole vocabulary from its first part and the rest of its words (and its real words): every
 * page count's words in the order the build writes them (sorted), so lookups and spelling
 * correction see the plain file's vocabulary, ties included. A word in both is kept once (a host
 * without the rare-words file gives every word).
 */
export function mergeWords(vocabulary: SearchVocabulary, rest: VocabularyWords, realWords?: string): SearchVocabulary {
  const words: VocabularyWords = {}
  for (const pages of new Set([...Object.keys(vocabulary.words), ...Object.keys(rest)])) {
    const all = [vocabulary.words[pages], rest[pages]].flatMap((list) => (list ?? '').split(' ')).filter(Boolean)
    words[pages] = [...new Set(all)].sort((a, b) => (a < b ? -1 : 1)).join(' ')
  }
  const { moreWords: _done, realWordsFile: _loaded, ...whole } = vocabulary
  return { ...whole, words, ...(realWords ? { realWords } : {}) }
}

/**
 * Whether the vocabulary, as loaded, lacks words some query word may need: rare words (and real
 * words) are still to load. Filler never needs them: the plan keeps it before any lookup.
 */
export function needsMoreWords(vocabulary: SearchVocabulary, query: string, known: (word: string) => boolean): boolean {
  return vocabulary.moreWords !== undefined && wordsOf(query).some((word) => !known(word) && !FILLER.has(word))
}
