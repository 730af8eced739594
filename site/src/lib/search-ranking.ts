/**
 * Ranking on top of the content weights: a match in the title meta counts as Pagefind's default
 * (5), and so does a match in an entry's `aliases` meta, so the words agents type for a situation
 * ("charged twice") find its playbook. Shared by the search UI and the tests that search the index.
 */
export const SEARCH_RANKING = { metaWeights: { title: 5, aliases: 5 } }
