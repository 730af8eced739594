/**
 * Real words the index lacks (issue 9): spelling correction must not turn a word the agent meant
 * into another one (`stolen` into `spoken`), while typos that happen to be rare words (`manger`)
 * are still corrected.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RealWordTracker } from '../../site/src/integrations/real-word-tracker.ts'
import { commonEnglishWords, realWordsToKeep, rememberedRealWords } from '../../site/src/integrations/real-words.ts'
import { vocabularyOf } from '../../site/src/integrations/search-vocabulary.ts'
import { correctWord } from '../../site/src/lib/search-correct.ts'
import { keptAsTyped, knownVariant, planQuery } from '../../site/src/lib/search-plan.ts'
import { Lexicon } from '../../site/src/lib/search-vocabulary.ts'
import { dataOf, type FakePage } from '../helpers/fake-pagefind.ts'
import { AGENT_VOCABULARY, PAGES } from '../fixtures/search/pages.ts'

const common = commonEnglishWords()
const vocabulary = vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY, (plain) => realWordsToKeep(plain, common))
const lexicon = new Lexicon(vocabulary)

describe('common English words the index lacks', () => {
  it('are dropped from the query rather than corrected into another word', () => {
    // The fixture index has "refund" but not "refuse": correction alone would change one into the other.
    expect(correctWord('refuse', new Lexicon(vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY)))).toBe('refund')
    const plan = planQuery('customer wants to refuse the order', lexicon)
    expect(plan.corrected).toEqual([])
    expect(plan.dropped).toEqual(['refuse'])
    expect(plan.concepts.map((concept) => concept.text)).not.toContain('refund')
  })

  it('leave typos that happen to be rare words correctable', () => {
    expect(common.has('manger')).toBe(false)
    expect(planQuery('manger', lexicon).corrected).toEqual([{ from: 'manger', to: 'manager' }])
  })

  it('leave plain typos correctable', () => {
    expect(planQuery('refnd', lexicon).corrected).toEqual([{ from: 'refnd', to: 'refund' }])
  })

  it('are kept to what correction would change, found as a scan of every indexed word finds them', () => {
    const plain = new Lexicon(vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY))
    // Every fifth common word of up to 8 letters, and made-up words one typo from an indexed word
    // in their first letter (the scan tries other first letters only when none matches).
    const candidates = [...[...common].filter((word) => word.length <= 8).filter((_, i) => i % 5 === 0), 'tefund', 'vustomer', 'nanager']
    const scanned = candidates.filter((word) => !keptAsTyped(word, plain) && !knownVariant(word, plain) && correctWord(word, plain) !== undefined).sort()
    expect(scanned).toEqual(expect.arrayContaining(['tefund', 'vustomer', 'nanager']))
    expect(realWordsToKeep(plain, candidates)).toEqual(scanned)
  })

  it('leave out words the index has', () => {
    const kept = new Set((vocabulary.realWords ?? '').split(' '))
    expect(kept.has('refund')).toBe(false)
    expect(kept.has('customer')).toBe(false)
    expect(kept.has('refuse')).toBe(true)
  })
})

describe('the real-word list between builds', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const cacheDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-real-words-'))
    dirs.push(dir)
    return dir
  }
  const plain = () => new Lexicon(vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY))

  it('is reused from the build cache while the indexed words stay the same', () => {
    const dir = cacheDir()
    const first = rememberedRealWords(plain(), dir)
    expect(first).toContain('refuse')
    // Mark the remembered answer: a second build with the same words returns it as it is.
    const file = join(dir, 'search-real-words.json')
    const remembered = JSON.parse(readFileSync(file, 'utf8')) as { key: string; words: string[] }
    writeFileSync(file, JSON.stringify({ key: remembered.key, words: ['remembered'] }))
    expect(rememberedRealWords(plain(), dir)).toEqual(['remembered'])
  })

  it('is worked out again when a publish brings a new word', () => {
    const dir = cacheDir()
    rememberedRealWords(plain(), dir)
    const pages: FakePage[] = [...PAGES, { url: '/scripts/refuse/', title: 'Refuse', type: 'Script', text: 'The customer may refuse the parcel.' }]
    const grown = new Lexicon(vocabularyOf(pages.map(dataOf), AGENT_VOCABULARY))
    expect(rememberedRealWords(grown, dir)).not.toContain('refuse')
  })

  it('is worked out when the cached file cannot be read', () => {
    const dir = cacheDir()
    writeFileSync(join(dir, 'search-real-words.json'), '{ not json')
    expect(rememberedRealWords(plain(), dir)).toContain('refuse')
  })
})

describe('the real-word list in a long-lived build process', () => {
  const common = commonEnglishWords()
  // Every seventh common word, and the words the tests above are about.
  const candidates = [...[...common].filter((_, i) => i % 7 === 0), 'refuse', 'tefund', 'vustomer', 'nanager']
  const plain = new Lexicon(vocabularyOf(PAGES.map(dataOf), AGENT_VOCABULARY))
  const pages: FakePage[] = [...PAGES, { url: '/scripts/refuse/', title: 'Refuse', type: 'Script', text: 'The customer may refuse the parcel or ask for a refill.' }]
  const grown = new Lexicon(vocabularyOf(pages.map(dataOf), AGENT_VOCABULARY))

  it('gives the answer worked out afresh after words are added and dropped', () => {
    const tracker = new RealWordTracker(candidates)
    expect(tracker.keep(plain)).toEqual(realWordsToKeep(plain, candidates))
    expect(tracker.keep(grown)).toEqual(realWordsToKeep(grown, candidates))
    expect(tracker.keep(grown)).not.toContain('refuse')
    expect(tracker.keep(plain)).toEqual(realWordsToKeep(plain, candidates))
    expect(tracker.keep(plain)).toContain('refuse')
  })
})
