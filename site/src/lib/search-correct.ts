/**
 * Spelling correction from the index's own words: a word the index lacks becomes the indexed word
 * closest to it by typing mistakes (a letter missed, doubled, swapped or wrong), the more frequent
 * one on a tie. Words too far from anything (gibberish) get no correction, so they are dropped
 * rather than left to Pagefind's longest-prefix fallback.
 */
import type { Lexicon } from './search-vocabulary.ts'

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/** Letters next to each other on a QWERTY keyboard: the wrong letters fingers most often hit. */
const NEIGHBOURS = new Map<string, Set<string>>()
ROWS.forEach((row, r) => {
  for (let c = 0; c < row.length; c++) {
    const near = new Set<string>()
    for (const [dr, dc] of [[0, -1], [0, 1], [-1, 0], [-1, 1], [1, 0], [1, -1]] as const) {
      const key = ROWS[r + dr]?.[c + dc]
      if (key) near.add(key)
    }
    NEIGHBOURS.set(row[c]!, near)
  }
})

/** The cost of typing `typed` where `meant` belongs: less for a neighbouring key. */
function substitution(typed: string, meant: string): number {
  if (typed === meant) return 0
  return NEIGHBOURS.get(meant)?.has(typed) ? 0.8 : 1.2
}

/** Mistakes allowed for a word of this length: short words are too ambiguous to correct far. */
function allowance(length: number): number {
  if (length <= 3) return 0
  if (length <= 5) return 1
  return 2
}

/** The cheapest typing mistake: a letter left out, two swapped, or a neighbouring key (typingDistance). */
const CHEAPEST_MISTAKE = 0.8

/** The most typing mistakes a correction of a word this long can undo. */
export function mistakesAllowed(length: number): number {
  return Math.floor(allowance(length) / CHEAPEST_MISTAKE + 1e-9)
}

/**
 * Optimal string alignment distance, where a letter the agent left out (`refnd` for `refund`), two
 * letters swapped or a neighbouring key cost less than a letter from across the keyboard
 * (`mothers` is two far-apart letters from `matters`: too far). Gives up above `limit`.
 */
export function typingDistance(typed: string, word: string, limit: number): number {
  if (Math.abs(typed.length - word.length) * 0.8 > limit) return Infinity
  const cols = word.length + 1
  // Three rolling rows: two back (for swapped letters), one back, and the current one.
  let before = new Array<number>(cols).fill(0)
  let previous = Array.from({ length: cols }, (_, j) => j * 0.8)
  let current = new Array<number>(cols).fill(0)
  for (let i = 1; i <= typed.length; i++) {
    current[0] = i
    let best = current[0]
    for (let j = 1; j < cols; j++) {
      let value = Math.min(
        previous[j]! + 1, // a letter typed that the word lacks
        current[j - 1]! + 0.8, // a letter left out
        previous[j - 1]! + substitution(typed[i - 1]!, word[j - 1]!),
      )
      if (i > 1 && j > 1 && typed[i - 1] === word[j - 2] && typed[i - 2] === word[j - 1]) value = Math.min(value, before[j - 2]! + 0.8)
      current[j] = value
      if (value < best) best = value
    }
    if (best > limit) return Infinity
    ;[before, previous, current] = [previous, current, before]
  }
  return previous[cols - 1]!
}

/** What a correction that changes the first letter costs on top: typos rarely hit the first letter. */
const OTHER_INITIAL = 0.5

/** The cost of correcting `typed` into `word`: its typing distance, more when the first letter differs (Infinity above `limit`). */
function correctionCost(typed: string, word: string, limit: number): number {
  return typingDistance(typed, word, limit) + (word[0] === typed[0] ? 0 : OTHER_INITIAL)
}

/**
 * The indexed word an unknown word was most likely meant to be, or undefined. Words that begin
 * with the same letter are preferred (typos rarely hit the first letter); among equally close
 * words, the one on more pages wins.
 */
export function correctWord(typed: string, lexicon: Lexicon): string | undefined {
  const limit = allowance(typed.length)
  if (limit === 0) return undefined
  let best: { word: string; cost: number; pages: number } | undefined
  const consider = (word: string) => {
    const cost = correctionCost(typed, word, limit)
    if (cost > limit) return
    const pages = lexicon.count(word)
    if (!best || cost < best.cost - 1e-9 || (Math.abs(cost - best.cost) < 1e-9 && pages > best.pages)) best = { word, cost, pages }
  }
  for (const word of lexicon.wordsStartingWith(typed[0]!)) consider(word)
  if (!best) {
    // The first letter itself may be the mistake: try the rest of the vocabulary at a cost.
    for (const word of lexicon.allWords()) if (word[0] !== typed[0]) consider(word)
  }
  return best?.word
}

/**
 * Whether `correctWord` would correct `typed` given these indexed words (or any that include
 * them): true when one of them is within its allowance.
 */
export function correctable(typed: string, words: Iterable<string>): boolean {
  const limit = allowance(typed.length)
  if (limit === 0) return false
  for (const word of words) if (correctionCost(typed, word, limit) <= limit) return true
  return false
}
