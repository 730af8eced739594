/**
 * Retrieval figures over labelled queries: success@1 and @5 (a right answer first / in the top
 * five), mean reciprocal rank of the first right answer (0 when none in the top ten), and the
 * share of queries that return nothing at all.
 */
import { isRight, type Found, type Label } from './search-labels.ts'

export interface QueryOutcome {
  label: Label
  /** Results in order, the top ten at most. */
  found: Found[]
  /** Every result the search counted, not only the top ten. */
  total: number
  /** Warm time of the query, ms. */
  ms: number
  /** CPU time this process spent on it, ms: what the query costs without the other work on the machine. */
  cpuMs: number
  /** What the search did to the query, when it says (corrections, dropped words, synonyms). */
  note?: string
}

export interface Figures {
  queries: number
  success1: number
  success5: number
  mrr: number
  zero: number
}

/** 1-based rank of the first right answer, or 0. */
export function firstRight(outcome: QueryOutcome): number {
  return outcome.found.findIndex((found) => isRight(outcome.label, found)) + 1
}

export function figuresOf(outcomes: QueryOutcome[]): Figures {
  const n = outcomes.length || 1
  const ranks = outcomes.map(firstRight)
  return {
    queries: outcomes.length,
    success1: ranks.filter((rank) => rank === 1).length / n,
    success5: ranks.filter((rank) => rank >= 1 && rank <= 5).length / n,
    mrr: ranks.reduce((sum, rank) => sum + (rank > 0 ? 1 / rank : 0), 0) / n,
    zero: outcomes.filter((outcome) => outcome.total === 0).length / n,
  }
}

/** The value at a quantile (0–1) of a list of numbers. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

/** The middle value of a list of numbers (`quantile` at 0.5). */
export const median = (values: number[]) => quantile(values, 0.5)
