import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { constants, gunzipSync, gzipSync } from 'node:zlib'
import type { AgentVocabulary } from '@kb/content'
import { splitVocabulary } from '../lib/search-vocabulary-split.ts'
import { Lexicon, VOCABULARY_FILE, VOCABULARY_GZIP_FILE, VOCABULARY_MORE_WORDS_FILE, VOCABULARY_REAL_WORDS_FILE, type SearchVocabulary, type VocabularySituation } from '../lib/search-vocabulary.ts'
import { wordsOf } from '../lib/search-words.ts'
import { rememberedRealWords } from './real-words.ts'

/** A page as Pagefind stores it in a fragment file (only the fields read here). */
export interface Fragment {
  url: string
  content: string
  meta: Record<string, string | undefined>
}

/**
 * The pages read from each fragment file, by file name, with the file's bytes, as of the last
 * `readFragments` in this process: a long-lived build process (site/src/republish/) unpacks only
 * the fragments a publish changed. Compared by bytes, not trusted by name: Pagefind names a fragment
 * by a short hash of its content and lengthens one of two colliding names in page order, so a
 * name can move to another page between builds.
 */
let fragmentsRead = new Map<string, { bytes: Buffer; pages: Fragment[] }>()

/** Every page of a written index, from Pagefind's fragment files (gzip of `pagefind_dcd` + JSON, one page or a group keyed by page hash). */
export async function readFragments(bundleDir: string): Promise<Fragment[]> {
  const dir = join(bundleDir, 'fragment')
  const pages: Fragment[] = []
  const read = new Map<string, { bytes: Buffer; pages: Fragment[] }>()
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment')).sort()) {
    const bytes = await readFile(join(dir, name))
    const known = fragmentsRead.get(name)
    const fragment = known?.bytes.equals(bytes) ? known : { bytes, pages: parseFragment(bytes) }
    read.set(name, fragment)
    pages.push(...fragment.pages)
  }
  fragmentsRead = read
  return pages
}

/** The pages in one fragment file's bytes. */
function parseFragment(file: Buffer): Fragment[] {
  const bytes = file.subarray(0, 12).toString() === 'pagefind_dcd' ? file : gunzipSync(file)
  const parsed = JSON.parse(bytes.subarray(12).toString('utf8')) as Fragment | Record<string, Fragment>
  return typeof parsed.url === 'string' ? [parsed as Fragment] : Object.values(parsed as Record<string, Fragment>)
}

/** Each page's distinct words, worked out once per page read (the pages `readFragments` keeps). */
const pageWords = new WeakMap<Fragment, Set<string>>()
const wordsOfPage = (page: Fragment): Set<string> => {
  let words = pageWords.get(page)
  if (!words) pageWords.set(page, (words = new Set(wordsOf(page.content))))
  return words
}

/**
 * Writes `kb-vocabulary.json` into the Pagefind bundle folder from the index just written: every
 * word of the indexed text with its page count (for spelling correction and word weights), the
 * situations with their aliases, the agent vocabulary (synonyms, intents) and the common English
 * words spelling correction must leave alone (integrations/real-words.ts); and for the browser
 * the same gzipped in parts (`kb-vocabulary.json.gzip` without the rare words and the real words,
 * fetched on first search; `kb-vocabulary-words.json.gzip` and `kb-vocabulary-real-words.json.gzip`,
 * fetched when a query needs them: lib/search-vocabulary-split.ts).
 * `cacheDir` (the build's cache folder) keeps the real-word list between builds, which most
 * publishes can reuse (about 0.3 s of each build otherwise). Returns the plain file's size.
 */
export async function writeSearchVocabulary(bundleDir: string, agent: AgentVocabulary, cacheDir?: string): Promise<{ words: number; bytes: number }> {
  const vocabulary = vocabularyOf(await readFragments(bundleDir), agent, (lexicon) => rememberedRealWords(lexicon, cacheDir))
  const text = JSON.stringify(vocabulary)
  await writeFile(join(bundleDir, VOCABULARY_FILE), text)
  const { first, rest, realWords } = splitVocabulary(vocabulary, VOCABULARY_MORE_WORDS_FILE, VOCABULARY_REAL_WORDS_FILE)
  const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: constants.Z_BEST_COMPRESSION })
  await writeFile(join(bundleDir, VOCABULARY_GZIP_FILE), gzip(first))
  await writeFile(join(bundleDir, VOCABULARY_MORE_WORDS_FILE), gzip(rest))
  if (realWords) await writeFile(join(bundleDir, VOCABULARY_REAL_WORDS_FILE), gzip({ realWords }))
  const words = Object.values(vocabulary.words).reduce((sum, list) => sum + list.split(' ').length, 0)
  return { words, bytes: Buffer.byteLength(text) }
}

/**
 * The vocabulary of a set of indexed pages (pure: the build and the tests share it); `realWords`
 * gives the common words to keep from correction, for the lexicon of the rest (none by default).
 */
export function vocabularyOf(pages: Fragment[], agent: AgentVocabulary, realWords: (lexicon: Lexicon) => string[] = () => []): SearchVocabulary {
  const counts = new Map<string, number>()
  for (const page of pages) for (const word of wordsOfPage(page)) counts.set(word, (counts.get(word) ?? 0) + 1)
  const byPages = new Map<number, string[]>()
  for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) byPages.set(count, [...(byPages.get(count) ?? []), word])
  const situations: VocabularySituation[] = pages
    .filter((page) => page.meta.type === 'Situation')
    .map((page) => ({ title: page.meta.title ?? page.url, url: page.url, aliases: page.meta.aliases ? page.meta.aliases.split(', ') : [] }))
    .sort((a, b) => a.url.localeCompare(b.url))
  const vocabulary: SearchVocabulary = {
    version: 1,
    pages: pages.length,
    words: Object.fromEntries([...byPages].sort(([a], [b]) => a - b).map(([count, words]) => [String(count), words.join(' ')])),
    situations,
    synonyms: agent.synonyms,
    intents: agent.intents,
  }
  const kept = realWords(new Lexicon(vocabulary))
  return kept.length > 0 ? { ...vocabulary, realWords: kept.join(' ') } : vocabulary
}
