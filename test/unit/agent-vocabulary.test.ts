/** The agent vocabulary file (synonyms and intents for search): the shipped one is valid, a wrong one says where. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { afterEach, describe, expect, it } from 'vitest'
import { agentVocabularySchema, VOCABULARY_LIMITS } from '@kb/content'
import { AGENT_VOCABULARY_FILE, checkAgentVocabularyFile, formatAgentVocabulary, readAgentVocabulary, REPO_ROOT } from '@kb/content/files'

const made: string[] = []
afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function readText(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kb-vocabulary-'))
  made.push(dir)
  writeFileSync(join(dir, 'vocabulary.yaml'), text)
  return readAgentVocabulary(dir, 'vocabulary.yaml')
}

describe('the agent vocabulary', () => {
  it('ships valid, with groups for the situations agents search for most', () => {
    const vocabulary = readAgentVocabulary(REPO_ROOT)
    const groupOf = (term: string) => vocabulary.synonyms.find((group) => group.includes(term)) ?? []
    expect(groupOf('sue')).toEqual(expect.arrayContaining(['lawyer', 'solicitor', 'court']))
    expect(groupOf('passed away')).toEqual(expect.arrayContaining(['died', 'bereavement']))
    expect(groupOf('talking over')).toContain('interrupting')
    expect(groupOf('nobody called back')).toContain('callback never came')
    expect(vocabulary.intents.say).toContain('what do i say')
  })

  it('lower-cases terms and collapses their spaces', () => {
    expect(readText('synonyms:\n  - ["Passed  Away", Died]\nintents: {}\n').synonyms).toEqual([['passed away', 'died']])
  })

  it('refuses a group of one term and markup in a term, naming the field', () => {
    expect(() => readText('synonyms:\n  - [lonely]\nintents: {}\n')).toThrow(/synonyms\.0: a synonym group needs at least two terms/)
    expect(() => readText('synonyms:\n  - [ok, "<b>bold</b>"]\nintents: {}\n')).toThrow(/synonyms\.0\.1: expected plain words/)
  })

  it('refuses a term listed twice in one group, naming the term', () => {
    expect(() => readText('synonyms:\n  - [refund, Refund, money back]\nintents: {}\n')).toThrow(/synonyms\.0\.1: "refund" is listed twice in this group/)
  })

  it('refuses a term that is already in another group, naming that group', () => {
    const text = 'synonyms:\n  - [refund, money back]\n  - [repay, refund]\nintents: {}\n'
    expect(() => readText(text)).toThrow(/synonyms\.1\.1: "refund" is already in the group "refund, money back"/)
  })

  it('refuses an intent phrase listed twice', () => {
    expect(() => readText('synonyms: []\nintents:\n  say: [what do i say, what do i say]\n')).toThrow(/intents\.say\.1: "what do i say" is listed twice/)
  })

  it('refuses an empty term and an overlong one', () => {
    expect(() => readText('synonyms:\n  - [refund, "  "]\nintents: {}\n')).toThrow(/synonyms\.0\.1: must not be empty/)
    const long = 'a'.repeat(VOCABULARY_LIMITS.termLength + 1)
    expect(() => readText(`synonyms:\n  - [refund, ${long}]\nintents: {}\n`)).toThrow(new RegExp(`synonyms\\.0\\.1: must be at most ${VOCABULARY_LIMITS.termLength} characters`))
  })

  it('refuses a group with more terms than the limit', () => {
    const group = Array.from({ length: VOCABULARY_LIMITS.termsPerGroup + 1 }, (_, i) => `word${i}`)
    const result = agentVocabularySchema.safeParse({ synonyms: [group], intents: {} })
    expect(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      `synonyms.0: a synonym group may hold at most ${VOCABULARY_LIMITS.termsPerGroup} terms: split it into narrower groups`,
    ])
  })
})

describe('the vocabulary file as export writes it', () => {
  it('is exactly the shipped file, byte for byte, when written from what the file reads as', () => {
    const text = readFileSync(join(REPO_ROOT, AGENT_VOCABULARY_FILE), 'utf8')
    expect(formatAgentVocabulary(readAgentVocabulary(REPO_ROOT))).toBe(text)
  })

  it('quotes terms YAML would otherwise read as something else, and reads them back unchanged', () => {
    const vocabulary = { synonyms: [['yes', '24', "'til then", 'null', '- dash']], intents: { say: ['no', '7'], self: [], humour: [] } }
    const text = formatAgentVocabulary(vocabulary)
    expect(parse(text)).toEqual(vocabulary)
    expect(readText(text)).toEqual(vocabulary)
  })

  it('is what content:check asks for: a valid file out of that layout is named, with the command that fixes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-vocabulary-'))
    made.push(dir)
    writeFileSync(join(dir, 'vocabulary.yaml'), 'synonyms:\n  - [refund, money back]\nintents: {}\n')
    expect(checkAgentVocabularyFile(dir, 'vocabulary.yaml')).toEqual(['vocabulary.yaml is valid but not in the canonical layout that export writes; run `pnpm content:format`'])
    expect(checkAgentVocabularyFile(REPO_ROOT)).toEqual([])
  })
})
