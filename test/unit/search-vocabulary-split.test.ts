/**
 * The browser's vocabulary in two parts (issue 9: first result, cold): the first search fetches
 * the common words only, and the rare ones follow when a query needs them, with every query
 * answered as over the whole vocabulary.
 */
import { describe, expect, it } from 'vitest'
import { commonEnglishWords, realWordsToKeep } from '../../site/src/integrations/real-words.ts'
import { vocabularyOf } from '../../site/src/integrations/search-vocabulary.ts'
import { createSearch } from '../../site/src/lib/search-engine.ts'
import { planQuery } from '../../site/src/lib/search-plan.ts'
import { Lexicon } from '../../site/src/lib/search-vocabulary.ts'
import { stemOf } from '../../site/src/lib/search-words.ts'
import { COMMON_PAGES, mergeWords, splitVocabulary } from '../../site/src/lib/search-vocabulary-split.ts'
import { dataOf, fakePagefind } from '../helpers/fake-pagefind.ts'
import { AGENT_VOCABULARY, PAGES } from '../fixtures/search/pages.ts'

const whole = vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY, (lexicon) => realWordsToKeep(lexicon, commonEnglishWords()))
const { first, rest, realWords } = splitVocabulary(whole, 'kb-vocabulary-words.json.gzip', 'kb-vocabulary-real-words.json.gzip')

/** A split search over the fixture pages, counting how often it loads the rare words. */
function splitSearch() {
  const pagefind = fakePagefind(PAGES)
  let loads = 0
  const engine = createSearch({ terms: pagefind, filters: async () => pagefind }, first, async () => {
    loads++
    return { words: rest, realWords }
  })
  return { engine, loads: () => loads }
}

describe('the vocabulary split for the browser', () => {
  it('leaves the rare words out of the first part but keeps every word of the synonyms, by stem', () => {
    const firstWords = new Set(Object.values(first.words).flatMap((list) => list.split(' ')))
    const rareWords = Object.entries(whole.words).filter(([pages]) => Number(pages) < COMMON_PAGES).flatMap(([, list]) => list.split(' '))
    const synonymStems = new Set(AGENT_VOCABULARY.synonyms.flat().flatMap((term) => term.toLowerCase().split(/\s+/)).map(stemOf))
    expect(rareWords.filter((word) => !synonymStems.has(stemOf(word))).some((word) => firstWords.has(word))).toBe(false)
    expect(Object.keys(rest).length).toBeGreaterThan(0)
  })

  it('leaves the real words out of the first part, naming their file instead', () => {
    expect(realWords).toBe(whole.realWords)
    expect(first.realWords).toBeUndefined()
    expect(first.realWordsFile).toBe('kb-vocabulary-real-words.json.gzip')
  })

  it('merges back into exactly the plain vocabulary, words in the same order', () => {
    expect(mergeWords(first, rest, realWords)).toEqual(whole)
  })

  it('merges the plain file\'s words (every word) without counting a word twice', () => {
    expect(mergeWords(first, whole.words, whole.realWords)).toEqual(whole)
  })

  it('answers typos, filler, synonyms, real words and gibberish as the whole vocabulary does', async () => {
    const pagefind = fakePagefind(PAGES)
    const reference = createSearch({ terms: pagefind, filters: async () => pagefind }, whole)
    const { engine } = splitSearch()
    for (const query of ['refnd', 'my customer keeps talking over me every single time', 'you people are useless', 'xqzvwk', 'manger', 'customer wants to refuse the order']) {
      const [expected, actual] = await Promise.all([reference.search(query), engine.search(query)])
      expect({ query, report: actual.report, urls: actual.hits.map((hit) => hit.url) }).toEqual({ query, report: expected.report, urls: expected.hits.map((hit) => hit.url) })
    }
  })

  it('loads the rare words once, and only for a query with a word outside the first part that is not filler', async () => {
    const { engine, loads } = splitSearch()
    const common = Object.values(first.words).flatMap((list) => list.split(' ')).find((word) => word.length > 3)!
    await engine.search(common)
    await engine.search(`pls cx ${common}`)
    expect(loads()).toBe(0)
    await engine.search('refnd')
    await engine.search('manger')
    expect(loads()).toBe(1)
  })

  it('keeps a rare word sharing a synonym word\'s stem, so a query naming the synonym plans as over the whole vocabulary', () => {
    // "chargebacks" is only indexed as "chargeback", on one page: the lexicon finds it by stem.
    const vocabulary = { ...whole, synonyms: [['dispute', 'chargebacks']], words: { ...whole.words, '1': 'chargeback', '9': 'dispute' } }
    const split = splitVocabulary(vocabulary, 'kb-vocabulary-words.json.gzip', 'kb-vocabulary-real-words.json.gzip')
    expect(planQuery('dispute', new Lexicon(split.first))).toEqual(planQuery('dispute', new Lexicon(vocabulary)))
  })
})
