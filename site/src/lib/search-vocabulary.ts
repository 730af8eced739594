/**
 * The search vocabulary file the site build writes beside the Pagefind index
 * (`/pagefind/kb-vocabulary.json`, and gzipped beside it for the browser; integrations/search-vocabulary.ts),
 * and the lookups the query side makes in it. Fetched only when search is first used, together with the index it describes.
 */
import { stemOf, wordsOf } from './search-words.ts'

/** A situation as the query side needs it: to tell when a query names it, and to suggest it. */
export interface VocabularySituation {
  title: string
  /** The playbook page, e.g. `/situations/angry-caller/`. */
  url: string
  aliases: string[]
}

/** Shape of `kb-vocabulary.json`. */
export interface SearchVocabulary {
  version: 1
  /** Pages in the index. */
  pages: number
  /**
   * Every word of the indexed text (as search-words.ts splits it), by the number of pages it
   * appears on: `{ "1": "word word …", "2": "…" }`, words separated by spaces (the compact form:
   * the file is fetched when an agent first searches).
   */
  words: Record<string, string>
  situations: VocabularySituation[]
  /** Groups of words and phrases meaning the same to an agent (the agent vocabulary published in the CMS). */
  synonyms: string[][]
  /** Phrases that show what a query asks for; see AgentVocabulary in @kb/content. */
  intents: { say: string[]; self: string[]; humour: string[] }
  /**
   * Common English words the index lacks that spelling correction would change into an indexed
   * word, separated by spaces (integrations/real-words.ts): a query's such word is dropped, not
   * corrected. Absent in files from builds before it: every unknown word is correctable.
   */
  realWords?: string
  /**
   * Only in the browser's gzipped copy, instead of `realWords`: the file (in the bundle folder)
   * holding them (`{ "realWords": "…" }`), loaded with the rare words, since only a query with a
   * word outside the first part can need them.
   */
  realWordsFile?: string
  /**
   * Only in the browser's gzipped copy: the file (in the bundle folder) holding the words left out
   * of `words`, in the same shape, for queries that need them (lib/search-vocabulary-split.ts).
   * Absent: `words` is every word.
   */
  moreWords?: string
}

/** A synonym-group term ready for matching: its words as stems, and every term meaning the same. */
export interface Phrase {
  term: string
  stems: string[]
  /** The other terms of every group this term belongs to. */
  others: string[]
}

/** Where the site serves the file. */
export const VOCABULARY_FILE = 'kb-vocabulary.json'

/**
 * The same file gzipped, written beside it, which the browser fetches: about 40% of the bytes on
 * the first search (issue 9: first result, cold), whether or not the server compresses. Not
 * `.json.gz`: that name means "a compressed copy for the local server" (object storage leaves such
 * copies out, and some servers add `Content-Encoding` to it). Tools keep reading the plain file.
 */
export const VOCABULARY_GZIP_FILE = `${VOCABULARY_FILE}.gzip`

/** The rare words the gzipped copy leaves out, gzipped too (same naming reason). */
export const VOCABULARY_MORE_WORDS_FILE = 'kb-vocabulary-words.json.gzip'

/** The real words the gzipped copy leaves out (`SearchVocabulary.realWordsFile`), gzipped too. */
export const VOCABULARY_REAL_WORDS_FILE = 'kb-vocabulary-real-words.json.gzip'

/** The JSON in a fetched file: gzip (told by its magic bytes, so a server that already decoded it is fine too) or plain. */
export async function readJson(response: Response): Promise<unknown> {
  const bytes = new Uint8Array(await response.arrayBuffer())
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes)
  return JSON.parse(text)
}

/**
 * The vocabulary in a fetched file: gzip (told by its magic bytes, so a server that already
 * decoded it by `Content-Encoding` is fine too) or plain JSON. Throws on anything else.
 */
export async function readVocabulary(response: Response): Promise<SearchVocabulary> {
  const vocabulary = (await readJson(response)) as SearchVocabulary
  if (vocabulary?.version !== 1) throw new Error(`search vocabulary: expected version 1, got ${String(vocabulary?.version)}`)
  return vocabulary
}

/** Lookups over a vocabulary: which words the index knows, how rare they are, and by stem. */
export class Lexicon {
  readonly pages: number
  private readonly words: Map<string, number>
  private readonly stems = new Map<string, number>()
  private readonly realWords: Set<string>
  /** Words by first letter, for prefix checks and spelling correction. */
  private readonly byInitial = new Map<string, string[]>()

  readonly vocabulary: SearchVocabulary

  /** Synonym-group terms, longest first. */
  readonly phrases: Phrase[]
  /** The stem of every word of every synonym-group term. */
  readonly synonymStems: Set<string>
  /** The intent phrases as stems. */
  readonly intentStems: Record<keyof SearchVocabulary['intents'], string[][]>

  constructor(vocabulary: SearchVocabulary) {
    this.vocabulary = vocabulary
    const stemsOf = (text: string) => wordsOf(text).map(stemOf)
    const byKey = new Map<string, Phrase>()
    for (const group of vocabulary.synonyms) {
      for (const term of group) {
        const stems = stemsOf(term)
        const key = stems.join(' ')
        if (stems.length === 0) continue
        const phrase = byKey.get(key) ?? { term, stems, others: [] }
        phrase.others = [...new Set([...phrase.others, ...group.filter((other) => stemsOf(other).join(' ') !== key)])]
        byKey.set(key, phrase)
      }
    }
    this.phrases = [...byKey.values()].sort((a, b) => b.stems.length - a.stems.length)
    this.synonymStems = new Set(vocabulary.synonyms.flat().flatMap(stemsOf))
    const { say, self, humour } = vocabulary.intents
    this.intentStems = { say: say.map(stemsOf), self: self.map(stemsOf), humour: humour.map(stemsOf) }
    this.pages = Math.max(1, vocabulary.pages)
    this.realWords = new Set((vocabulary.realWords ?? '').split(' ').filter(Boolean))
    this.words = new Map(Object.entries(vocabulary.words).flatMap(([pages, words]) => words.split(' ').filter(Boolean).map((word) => [word, Number(pages)] as const)))
    for (const [word, count] of this.words) {
      const stem = stemOf(word)
      this.stems.set(stem, Math.max(this.stems.get(stem) ?? 0, count))
      const initial = word[0]!
      const list = this.byInitial.get(initial) ?? []
      list.push(word)
      this.byInitial.set(initial, list)
    }
  }

  /** On how many pages the word appears, by its stem as Pagefind matches it (0: unknown). */
  pagesWith(word: string): number {
    return this.words.get(word) ?? this.stems.get(stemOf(word)) ?? 0
  }

  /** Whether the index has the word itself or a word of the same stem. */
  knows(word: string): boolean {
    return this.pagesWith(word) > 0
  }

  /** Whether the word is a common English word the index lacks: meant as typed, so not to be corrected. */
  isRealWord(word: string): boolean {
    return this.realWords.has(word)
  }

  /** Whether some indexed word starts with this one (a word still being typed). */
  completes(prefix: string): boolean {
    return (this.byInitial.get(prefix[0] ?? '') ?? []).some((word) => word.startsWith(prefix))
  }

  /** How much a match on this word says about a page: rare words count more (0 for unknown). */
  weight(word: string): number {
    const pages = this.pagesWith(word)
    return pages > 0 ? Math.log(1 + this.pages / pages) : 0
  }

  /** Indexed words that begin with the given letter, with their page counts. */
  wordsStartingWith(initial: string): string[] {
    return this.byInitial.get(initial) ?? []
  }

  /** Every indexed word. */
  allWords(): IterableIterator<string> {
    return this.words.keys()
  }

  /** Page count of an exact indexed word (0: not in the index as written). */
  count(word: string): number {
    return this.words.get(word) ?? 0
  }
}
