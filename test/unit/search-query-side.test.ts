/**
 * The query side of search on a tiny fixture vocabulary: normalisation, US/UK spelling,
 * correction from the index's own words, filler, synonyms and intents.
 */
import { describe, expect, it } from 'vitest'
import { vocabularyOf } from '../../site/src/integrations/search-vocabulary.ts'
import { correctWord } from '../../site/src/lib/search-correct.ts'
import { planQuery } from '../../site/src/lib/search-plan.ts'
import { Lexicon } from '../../site/src/lib/search-vocabulary.ts'
import { spellingVariants, wordsOf } from '../../site/src/lib/search-words.ts'
import { dataOf } from '../helpers/fake-pagefind.ts'
import { AGENT_VOCABULARY, PAGES } from '../fixtures/search/pages.ts'

const lexicon = new Lexicon(vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY))
const plan = (query: string) => planQuery(query, lexicon)

describe('normalising what the agent typed', () => {
  it('makes typographic quotes plain, lowers case and drops apostrophes as Pagefind does', () => {
    expect(wordsOf('“This is the THIRD time I’ve called”')).toEqual(['this', 'is', 'the', 'third', 'time', 'ive', 'called'])
    expect(wordsOf("don't")).toEqual(wordsOf('dont'))
  })

  it('offers the other British or American spelling of a word', () => {
    expect(spellingVariants('apologise')).toContain('apologize')
    expect(spellingVariants('apologize')).toContain('apologise')
    expect(spellingVariants('cancelation')).toContain('cancellation')
  })

  it('searches the spelling the index has, without calling it a correction', () => {
    const result = plan('apologise')
    expect(result.searchedFor).toBe('apologize')
    expect(result.corrected).toEqual([])
  })
})

describe('correcting spelling from the index vocabulary', () => {
  it('corrects a word with a letter left out or wrong to the nearest indexed word', () => {
    expect(correctWord('refnd', lexicon)).toBe('refund')
    expect(correctWord('manger', lexicon)).toBe('manager')
    expect(correctWord('custmer', lexicon)).toBe('customer')
  })

  it('corrects nothing that is too far from every indexed word, nor very short words', () => {
    expect(correctWord('xqzvwk', lexicon)).toBeUndefined()
    expect(correctWord('zzy', lexicon)).toBeUndefined()
  })

  it('reports the correction and searches the corrected word', () => {
    const result = plan('refnd')
    expect(result.corrected).toEqual([{ from: 'refnd', to: 'refund' }])
    expect(result.concepts.map((c) => c.terms[0])).toEqual(['refund'])
  })

  it('drops gibberish instead of leaving it to prefix matching, so it finds nothing', () => {
    const result = plan('xqzvwk')
    expect(result.dropped).toEqual(['xqzvwk'])
    expect(result.concepts).toEqual([])
  })

  it('keeps a last word still being typed when an indexed word starts with it', () => {
    expect(plan('refu').concepts.map((c) => c.terms[0])).toEqual(['refu'])
  })

  it('keeps every word as typed when asked to search verbatim', () => {
    const result = planQuery('refnd', lexicon, { verbatim: true })
    expect(result.corrected).toEqual([])
    expect(result.concepts.map((c) => c.terms[0])).toEqual(['refnd'])
  })
})

describe('filler, synonyms and intents', () => {
  it('never makes filler words a concept when the query has meaningful words', () => {
    expect(plan('i want the customer to get a refund').concepts.map((c) => c.text)).toEqual(['refund'])
  })

  it('treats chat shorthand for the customer and for please as the filler it stands for', () => {
    const result = plan('pls cx wants a refund')
    expect(result.concepts.map((c) => c.text)).toEqual(['refund'])
    expect(result.dropped).toEqual([])
    expect(result.corrected).toEqual([])
  })

  it('turns a phrase from a synonym group into one concept searching its synonyms too', () => {
    const result = plan('promised callback never came')
    const concept = result.concepts.find((c) => c.text === 'callback never came')
    expect(concept?.terms).toEqual(expect.arrayContaining(['nobody called back']))
    expect(result.synonyms.map((s) => s.text)).toContain('callback never came')
  })

  it('searches only the synonyms the index knows (solicitor → nothing, court and lawyer absent too)', () => {
    const result = plan('my solicitor')
    expect(result.concepts).toEqual([])
    expect(result.dropped).toContain('solicitor')
  })

  it('notices "what do I say" without searching for those words', () => {
    const result = plan('what do i say to an abusive customer')
    expect(result.intents.say).toBe(true)
    expect(result.concepts.map((c) => c.text)).toEqual(['abusive'])
  })

  it('notices a query about the agent themself and a request for humour', () => {
    expect(plan('drained after a call').intents.self).toBe(true)
    expect(plan('a joke for the hold').intents.humour).toBe(true)
    expect(plan('refund').intents).toEqual({ say: false, self: false, humour: false })
  })
})
