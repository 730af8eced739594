/** The agent vocabulary file (synonyms and intents for search): the shipped one is valid, a wrong one says where. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readAgentVocabulary, REPO_ROOT } from '@kb/content/files'

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
})
