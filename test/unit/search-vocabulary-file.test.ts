import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'
import { writeSearchVocabulary } from '../../site/src/integrations/search-vocabulary.ts'
import { mergeWords, type VocabularyWords } from '../../site/src/lib/search-vocabulary-split.ts'
import { readJson, readVocabulary, VOCABULARY_FILE, VOCABULARY_GZIP_FILE, VOCABULARY_MORE_WORDS_FILE, VOCABULARY_REAL_WORDS_FILE } from '../../site/src/lib/search-vocabulary.ts'
import { AGENT_VOCABULARY } from '../fixtures/search/pages.ts'

const dirs: string[] = []
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A Pagefind bundle folder with one page's fragment, as Pagefind writes it (gzip of `pagefind_dcd` + JSON). */
function bundleWithOnePage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kb-vocab-file-'))
  dirs.push(dir)
  mkdirSync(join(dir, 'fragment'))
  const page = { url: '/situations/late-parcel/', content: 'The parcel is late.', meta: { title: 'Late parcel', type: 'Situation', aliases: 'where is my order' } }
  writeFileSync(join(dir, 'fragment', 'en_1.pf_fragment'), gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(page)}`)))
  return dir
}

describe('the search vocabulary file', () => {
  it('reads back the gzipped copy the build writes, with its rare words, as the same vocabulary as the plain file', async () => {
    const dir = bundleWithOnePage()
    await writeSearchVocabulary(dir, AGENT_VOCABULARY)
    const plain = JSON.parse(readFileSync(join(dir, VOCABULARY_FILE), 'utf8'))
    const gzipped = readFileSync(join(dir, VOCABULARY_GZIP_FILE))
    expect(gzipped.length).toBeLessThan(readFileSync(join(dir, VOCABULARY_FILE)).length)
    const first = await readVocabulary(new Response(gzipped))
    expect(first.moreWords).toBe(VOCABULARY_MORE_WORDS_FILE)
    const rest = (await readJson(new Response(readFileSync(join(dir, VOCABULARY_MORE_WORDS_FILE))))) as VocabularyWords
    const { realWords } = (await readJson(new Response(readFileSync(join(dir, VOCABULARY_REAL_WORDS_FILE))))) as { realWords: string }
    expect(mergeWords(first, rest, realWords)).toEqual(plain)
    expect(plain.situations).toEqual([{ title: 'Late parcel', url: '/situations/late-parcel/', aliases: ['where is my order'] }])
  })

  it('names the common English words near its own words that the index lacks, in a file of their own for the browser', async () => {
    const dir = bundleWithOnePage()
    await writeSearchVocabulary(dir, AGENT_VOCABULARY)
    const plain = JSON.parse(readFileSync(join(dir, VOCABULARY_FILE), 'utf8'))
    // "latest" is "late" with two letters added, within the allowance for a six-letter word.
    expect(plain.realWords.split(' ')).toContain('latest')
    // The first part, fetched on first search, names the file instead of carrying the words.
    const first = await readVocabulary(new Response(readFileSync(join(dir, VOCABULARY_GZIP_FILE))))
    expect(first.realWords).toBeUndefined()
    expect(first.realWordsFile).toBe(VOCABULARY_REAL_WORDS_FILE)
    const part = (await readJson(new Response(readFileSync(join(dir, VOCABULARY_REAL_WORDS_FILE))))) as { realWords: string }
    expect(part.realWords).toBe(plain.realWords)
  })

  it('reads the plain JSON a server hands over already decoded', async () => {
    const dir = bundleWithOnePage()
    await writeSearchVocabulary(dir, AGENT_VOCABULARY)
    const plain = readFileSync(join(dir, VOCABULARY_FILE), 'utf8')
    expect(await readVocabulary(new Response(plain))).toEqual(JSON.parse(plain))
  })

  it('refuses a file that is not a search vocabulary, naming the version it found', async () => {
    await expect(readVocabulary(new Response(JSON.stringify({ version: 2 })))).rejects.toThrow('expected version 1, got 2')
  })
})
