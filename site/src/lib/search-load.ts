/**
 * The product search in the browser: Pagefind and the vocabulary file built with it (gzipped), loaded on
 * first use, and kept in step with the live build. Agents keep the knowledge base open all shift;
 * after a rebuild the index the page loaded is outdated, and after two its files are gone (every
 * query would find nothing). So each search also asks, at most every CHECK_MS, which index is
 * live (`pagefind-entry.json`, a few hundred bytes); when it changed, or a search fails, the search
 * reloads from the current build and runs again.
 */
import { createSearch, type ProductSearch, type SearchAnswer, type SearchOptions } from './search-engine.ts'
import { BUNDLE_PATH, loadPagefind, type PagefindPair } from './search-pagefind.ts'
import type { VocabularyRest, VocabularyWords } from './search-vocabulary-split.ts'
import { wordsOf } from './search-words.ts'
import { whenIdle } from './when-idle.ts'
import { readJson, readVocabulary, VOCABULARY_FILE, VOCABULARY_GZIP_FILE, VOCABULARY_MORE_WORDS_FILE, type SearchVocabulary } from './search-vocabulary.ts'

/** How often a search checks which index is live. */
const CHECK_MS = 10_000

interface Loaded {
  version: string
  pagefind: PagefindPair
  search: ProductSearch
}

/** The live build's index version: the hash of its Pagefind entry (`en_…`), never from a cache. */
async function liveVersion(): Promise<string> {
  const response = await fetch(`${BUNDLE_PATH}pagefind-entry.json?ts=${Date.now()}`, { cache: 'no-store' })
  if (!response.ok) throw new Error(`search index entry: HTTP ${response.status}`)
  const entry = (await response.json()) as { languages: Record<string, { hash: string }> }
  return Object.values(entry.languages).map((language) => language.hash).sort().join('+')
}

/**
 * Loads Pagefind and the vocabulary in parallel with asking which index is live. The first load
 * imports the bundle by its plain URL; a reload names the new version in the URL, which makes the
 * browser run a new instance of the module instead of reusing the one loaded first.
 */
async function load(version: Promise<string>, moduleVersion?: string): Promise<Loaded> {
  const [resolved, pagefind, vocabulary] = await Promise.all([
    version,
    loadPagefind(moduleVersion),
    fetchVocabulary(),
  ])
  // The first part names the file with the rest of its words (search-vocabulary-split.ts).
  const moreWords = vocabulary.moreWords ?? VOCABULARY_MORE_WORDS_FILE
  const realWords = vocabulary.realWordsFile
  const search = createSearch(pagefind, vocabulary, () => fetchRest(moreWords, realWords))
  // When the browser is next idle, so never in the middle of a search.
  whenIdle(() => {
    try {
      search.warmUp()
    } catch {
      // Only a head start: the first search does the same work, and reports what fails.
    }
  })
  return { version: resolved, pagefind, search }
}

/**
 * The gzipped vocabulary; the plain file where the host has none (a build made before it was
 * written, or a deploy that left it out: object storage answers 403 or 404).
 */
async function fetchVocabulary(): Promise<SearchVocabulary> {
  const response = await fetch(`${BUNDLE_PATH}${VOCABULARY_GZIP_FILE}`, { cache: 'no-cache' })
  return response.ok ? readVocabulary(response) : fetchPlain()
}

/**
 * What the first part of the vocabulary left out: its rare words and, where it names their file,
 * its real words, fetched at once. Where the host lacks a file, the plain vocabulary stands in
 * (every word, and its real words: merging adds nothing twice).
 */
async function fetchRest(wordsFile: string, realWordsFile: string | undefined): Promise<VocabularyRest> {
  let plain: Promise<SearchVocabulary> | undefined
  const plainVocabulary = () => (plain ??= fetchPlain())
  const [words, realWords] = await Promise.all([
    fetchPart(wordsFile, (json) => json as VocabularyWords, async () => (await plainVocabulary()).words),
    realWordsFile
      ? fetchPart(realWordsFile, (json) => (json as { realWords?: string }).realWords, async () => (await plainVocabulary()).realWords)
      : undefined,
  ])
  return { words, ...(realWords ? { realWords } : {}) }
}

/** One gzipped part of the vocabulary, read by `read`; `fallback` where the host has no such file. */
async function fetchPart<T>(file: string, read: (json: unknown) => T, fallback: () => Promise<T>): Promise<T> {
  const response = await fetch(`${BUNDLE_PATH}${file}`, { cache: 'no-cache' })
  return response.ok ? read(await readJson(response)) : fallback()
}

/** The plain vocabulary file, every part in one. */
async function fetchPlain(): Promise<SearchVocabulary> {
  const plain = await fetch(`${BUNDLE_PATH}${VOCABULARY_FILE}`, { cache: 'no-cache' })
  if (!plain.ok) throw new Error(`search vocabulary: HTTP ${plain.status}`)
  return readVocabulary(plain)
}

let current: Promise<Loaded> | undefined
let checkedAt = 0

/** The loaded search, loading it on first use; a failed load is retried on the next call. */
export function loadSearch(): Promise<Loaded> {
  if (!current) {
    const loading = load(liveVersion())
    current = loading
    loading.then(
      () => (checkedAt = Date.now()),
      () => {
        if (current === loading) current = undefined
      },
    )
  }
  return current
}

/** Replaces the loaded search with the live build's, unless it already is that one. */
async function reload(loaded: Loaded, version?: string): Promise<Loaded> {
  const live = version ?? (await liveVersion())
  if (live === loaded.version) return loaded
  const next = load(Promise.resolve(live), live)
  current = next
  await next
  void loaded.pagefind.terms.destroy?.()
  void loaded.pagefind.filters().then((instance) => instance.destroy?.(), () => undefined)
  return next
}

/**
 * While the agent is still typing: loads the index chunks the last word typed needs, if the search
 * is loaded, so the search that follows the pause in typing finds them there. Never fails.
 */
export function preloadWord(query: string): void {
  const word = wordsOf(query).at(-1)
  if (!current || !word || word.length < 3) return
  void current.then((loaded) => loaded.pagefind.terms.preload?.(word)).catch(() => undefined)
}

/**
 * Searches with the loaded index, checking in parallel (at most every CHECK_MS) that it is still
 * the live one, and always when the search failed or found nothing (an index whose files are gone
 * finds nothing); an outdated index is replaced and the search run again on the new one.
 */
export async function searchLive(query: string, options: SearchOptions): Promise<SearchAnswer> {
  const loaded = await loadSearch()
  const due = Date.now() - checkedAt >= CHECK_MS
  if (due) checkedAt = Date.now()
  const check = due ? liveVersion().catch(() => loaded.version) : undefined
  let answer: SearchAnswer | undefined
  let failure: unknown
  try {
    answer = await loaded.search.search(query, options)
  } catch (error) {
    failure = error
  }
  const live = await (check ?? (answer && answer.total > 0 ? loaded.version : liveVersion().catch(() => loaded.version)))
  if (live === loaded.version) {
    if (answer) return answer
    throw failure
  }
  return (await reload(loaded, live)).search.search(query, options)
}
