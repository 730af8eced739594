/**
 * Any-words scoring over Pagefind's own per-term results: each concept of the query is searched
 * on its own (Pagefind requires every word of a query), and a page scores by the concepts it
 * matches, weighted by their rarity, times the share of the query it covers. A page matching every
 * concept ranks as an all-words match would; filler never knocks a page out.
 */
import { SYNONYM_FACTOR, type Concept } from './search-plan.ts'

/** One page in Pagefind's answer to one term. */
export interface TermHit {
  id: string
  score: number
}

export interface ScoredPage {
  id: string
  score: number
  /** Share of the query's weight the page matches, 0–1. */
  coverage: number
}

/**
 * Scores pages from the results of each concept's terms (`results.get(term)`), best first. Within
 * a concept, a page counts its best term, scaled by how telling that term is (its specificity) and
 * for a synonym by SYNONYM_FACTOR. Scores are relative to the best page of each term, so rare and
 * common words compare.
 */
export function scorePages(concepts: Concept[], results: Map<string, TermHit[]>): ScoredPage[] {
  const totalWeight = concepts.reduce((sum, concept) => sum + concept.weight, 0) || 1
  const pages = new Map<string, { relevance: number; covered: number }>()
  for (const concept of concepts) {
    const best = new Map<string, number>()
    concept.terms.forEach((term, index) => {
      const hits = results.get(term) ?? []
      const top = Math.max(...hits.map((hit) => hit.score), 1e-9)
      const factor = (index === 0 ? 1 : SYNONYM_FACTOR) * (concept.specificity[index] ?? 1)
      for (const hit of hits) best.set(hit.id, Math.max(best.get(hit.id) ?? 0, (factor * hit.score) / top))
    })
    for (const [id, value] of best) {
      const page = pages.get(id) ?? { relevance: 0, covered: 0 }
      page.relevance += concept.weight * value
      page.covered += concept.weight
      pages.set(id, page)
    }
  }
  return [...pages]
    .map(([id, { relevance, covered }]) => {
      const coverage = covered / totalWeight
      return { id, coverage, score: (relevance / totalWeight) * coverage }
    })
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
}
