import { correctable, mistakesAllowed } from '../lib/search-correct.ts'
import { keptAsTyped, knownVariant } from '../lib/search-plan.ts'
import type { Lexicon } from '../lib/search-vocabulary.ts'

/**
 * `realWordsToKeep` (real-words.ts) for one list of candidate words, kept up to date as the
 * indexed words change. Working it out afresh for the real library costs about 0.3 s, most of a
 * publish's vocabulary step, although a publish adds or drops a handful of words; a long-lived
 * build process (site/src/republish/) keeps one tracker and pays only for the words that changed.
 *
 * For each candidate it counts the indexed words correction could turn it into: those that share
 * a string with it after deleting as many letters as the candidate's allowance (symmetric
 * deletion, as realWordsToKeep finds them) and are within that allowance (`correctable`). A
 * candidate is kept when its count is above zero and planQuery would try to correct it at all.
 */
export class RealWordTracker {
  readonly #candidates: string[]
  /** Per number of mistakes: each deleted-letter form, and the candidates allowed that many that have it. */
  readonly #byForm = new Map<number, Map<string, string[]>>()
  /** Per candidate: how many indexed words it is correctable into. */
  readonly #near = new Map<string, number>()
  /** The indexed words the counts are for. */
  #words = new Set<string>()

  constructor(candidates: Iterable<string>) {
    this.#candidates = [...new Set(candidates)].sort()
    for (const candidate of this.#candidates) {
      const mistakes = mistakesAllowed(candidate.length)
      if (mistakes === 0) continue
      let index = this.#byForm.get(mistakes)
      if (!index) this.#byForm.set(mistakes, (index = new Map()))
      for (const form of deletions(candidate, mistakes)) {
        const list = index.get(form)
        if (list) list.push(candidate)
        else index.set(form, [candidate])
      }
    }
  }

  /** The candidates to keep from correction against `lexicon` (sorted), as realWordsToKeep answers. */
  keep(lexicon: Lexicon): string[] {
    const next = new Set(lexicon.allWords())
    for (const word of this.#words) if (!next.has(word)) this.#count(word, -1)
    for (const word of next) if (!this.#words.has(word)) this.#count(word, 1)
    this.#words = next
    return this.#candidates.filter((word) => (this.#near.get(word) ?? 0) > 0 && !keptAsTyped(word, lexicon) && !knownVariant(word, lexicon))
  }

  /** Adds (`change` 1) or takes away (-1) the indexed word `word` from the counts of the candidates it is near. */
  #count(word: string, change: 1 | -1): void {
    const near = new Set<string>()
    for (const [mistakes, index] of this.#byForm) {
      for (const form of deletions(word, mistakes)) for (const candidate of index.get(form) ?? []) near.add(candidate)
    }
    for (const candidate of near) if (correctable(candidate, [word])) this.#near.set(candidate, (this.#near.get(candidate) ?? 0) + change)
  }
}

/** Every string `word` becomes with up to `edits` letters deleted (itself included). */
export function deletions(word: string, edits: number): Set<string> {
  let level = new Set([word])
  const all = new Set(level)
  for (let step = 0; step < edits; step++) {
    const next = new Set<string>()
    for (const form of level) for (let i = 0; i < form.length; i++) next.add(form.slice(0, i) + form.slice(i + 1))
    for (const form of next) all.add(form)
    level = next
  }
  return all
}
