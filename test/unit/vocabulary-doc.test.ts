/** The agent vocabulary as the CMS stores it, read back for the site build and content:export. */
import { describe, expect, it } from 'vitest'
import { vocabularyFromDoc } from '@kb/cms/library'

describe('the stored agent vocabulary', () => {
  it('reads as the vocabulary search uses: groups of terms, intents with empty lists filled in', () => {
    const doc = { _status: 'published' as const, synonyms: [{ id: 'a1', terms: ['Refund', 'money  back'] }], intents: { say: ['what do i say'], self: null } }
    expect(vocabularyFromDoc(doc)).toEqual({ synonyms: [['refund', 'money back']], intents: { say: ['what do i say'], self: [], humour: [] } })
  })

  it('fails naming the field and the term when what the CMS returned is not a valid vocabulary', () => {
    const doc = { synonyms: [{ terms: ['refund', 'money back'] }, { terms: ['repay', '<b>refund</b>'] }] }
    expect(() => vocabularyFromDoc(doc)).toThrow(/field "synonyms\.1\.terms": term 2: expected plain words/)
  })
})
