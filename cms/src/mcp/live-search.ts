import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createSearch, type ProductSearch, type SearchAnswer } from '../../../site/src/lib/search-engine.ts'
import { noFilters, SEARCH_FILTERS, type ChosenFilters, type FilterName } from '../../../site/src/lib/search-query.ts'
import { SEARCH_RANKING } from '../../../site/src/lib/search-ranking.ts'
import { VOCABULARY_FILE, type SearchVocabulary } from '../../../site/src/lib/search-vocabulary.ts'
import { liveBuild, SITE_DIR } from '../publishing/site-paths.ts'

/**
 * The site's own search (site/src/lib/search-engine.ts) over the live site build on disk: the
 * index and vocabulary the public search page uses, with the same ranking options, so an
 * assistant gets the results an agent gets. One loaded index per build folder, kept until the
 * live build changes (a rebuild switches `site/live` to a new folder).
 */

/** Where the built site lives; `liveBuild()` (the folder `site/live` points at) unless a test says otherwise. */
export type SiteFolder = () => string | undefined

let loaded: { dir: string; search: Promise<ProductSearch> } | undefined

type SearchNode = typeof import('../../../site/src/lib/search-node.ts')
/** Built from the site folder's path, not `new URL(…, import.meta.url)`, which Next would copy away from its imports as an asset. */
const SEARCH_NODE = pathToFileURL(join(SITE_DIR, 'src', 'lib', 'search-node.ts')).href

/**
 * site/src/lib/search-node.ts, imported by Node itself at run time rather than bundled: it loads
 * each build's `pagefind.js` with an `import()` of a URL only known then, which the CMS's bundler
 * (Next) cannot follow. Node 24 runs the TypeScript source directly.
 */
const searchNode = (): Promise<SearchNode> => import(/* webpackIgnore: true */ /* turbopackIgnore: true */ SEARCH_NODE)

async function searchOf(dir: string): Promise<ProductSearch> {
  const { loadPagefindFrom } = await searchNode()
  const pagefind = await loadPagefindFrom(dir, { ranking: SEARCH_RANKING })
  const vocabulary = JSON.parse(await readFile(join(dir, 'pagefind', VOCABULARY_FILE), 'utf8')) as SearchVocabulary
  return createSearch(pagefind, vocabulary)
}

/** Thrown when no site has been built yet: the assistant is told to ask again after the first build. */
export class NoSiteBuildError extends Error {}

/**
 * Searches the live site. `filters` take the site's filter values (type: Situation, SOP, Strategy,
 * Script; situation: a situation's title; stage; channel). Answers the first `limit` hits.
 */
export async function searchLiveSite(
  query: string,
  filters: Partial<Record<FilterName, string[]>>,
  limit: number,
  folder: SiteFolder = liveBuild,
): Promise<SearchAnswer> {
  const dir = folder()
  if (!dir) throw new NoSiteBuildError('The knowledge-base site has not been built yet, so there is no search index: try again after the first site build.')
  if (loaded?.dir !== dir) {
    const search = searchOf(dir)
    loaded = { dir, search }
    search.catch(() => {
      if (loaded?.search === search) loaded = undefined
    })
  }
  const chosen: ChosenFilters = noFilters()
  for (const name of SEARCH_FILTERS) chosen[name] = filters[name] ?? []
  return (await loaded.search).search(query, { filters: chosen, limit })
}
