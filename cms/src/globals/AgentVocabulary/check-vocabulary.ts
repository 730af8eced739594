import { ValidationError, type GlobalBeforeChangeHook } from 'payload'
import { checkVocabularyDoc, type VocabularyDoc } from '../../library/vocabulary-doc.ts'

/**
 * Every save of the vocabulary, drafts too, is checked with the shared zod schema (empty or
 * repeated terms, groups of one, a term in two groups, size limits): a 400 naming each field,
 * with nothing written. Parts the save leaves out are checked as stored. Terms are kept as the
 * schema normalises them (lower case, single spaces), so what is stored is what search uses.
 */
export const checkVocabulary: GlobalBeforeChangeHook = ({ data, originalDoc, global, req }) => {
  const incoming = data as VocabularyDoc
  const stored = (originalDoc ?? {}) as VocabularyDoc
  const rows = incoming.synonyms ?? stored.synonyms ?? []
  const intents = { ...stored.intents, ...incoming.intents }
  const checked = checkVocabularyDoc({ synonyms: rows, intents })
  if (checked.problems) throw new ValidationError({ global: global.slug, errors: checked.problems, req }, req.t)
  const { synonyms, intents: phrases } = checked.vocabulary
  return { ...data, synonyms: rows.map((row, index) => ({ ...row, terms: synonyms[index] })), intents: { ...incoming.intents, ...phrases } }
}
