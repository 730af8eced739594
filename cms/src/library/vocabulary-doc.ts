import { agentVocabularySchema, type AgentVocabulary } from '@kb/content'
import type { AgentVocabulary as StoredVocabulary } from '../payload-types.ts'

type Row = NonNullable<StoredVocabulary['synonyms']>[number]

/** The agent vocabulary as the CMS stores it (the `agent-vocabulary` global), any part possibly missing (a save's data). */
export interface VocabularyDoc {
  synonyms?: (Omit<Row, 'terms'> & { terms?: Row['terms'] | null })[] | null
  intents?: StoredVocabulary['intents'] | null
  _status?: StoredVocabulary['_status']
}

/** A field that failed, in Payload's error shape (`synonyms.3.terms`). */
export interface VocabularyProblem {
  path: string
  message: string
}

/** The vocabulary a stored document holds, before checking (missing lists are empty). */
function vocabularyInput(doc: VocabularyDoc): { synonyms: string[][]; intents: Record<'say' | 'self' | 'humour', string[]> } {
  return {
    synonyms: (doc.synonyms ?? []).map((row) => row.terms ?? []),
    intents: { say: doc.intents?.say ?? [], self: doc.intents?.self ?? [], humour: doc.intents?.humour ?? [] },
  }
}

/** The stored fields for a vocabulary (array rows without ids: Payload gives new rows theirs). */
export function docFromVocabulary(vocabulary: AgentVocabulary): { synonyms: Pick<Row, 'terms'>[]; intents: AgentVocabulary['intents'] } {
  return { synonyms: vocabulary.synonyms.map((terms) => ({ terms })), intents: vocabulary.intents }
}

/**
 * Checks a stored vocabulary with the shared schema. Returns the vocabulary (terms lower-cased,
 * spaces collapsed) or the problems, each at the field an editor sees: `synonyms.3.terms` with
 * the term's place in the message ("term 2: …"), `intents.say`.
 */
export function checkVocabularyDoc(doc: VocabularyDoc): { vocabulary: AgentVocabulary; problems?: undefined } | { vocabulary?: undefined; problems: VocabularyProblem[] } {
  const parsed = agentVocabularySchema.safeParse(vocabularyInput(doc))
  if (parsed.success) return { vocabulary: parsed.data }
  const problems = parsed.error.issues.map(({ path, message }) => {
    const [field, index, item] = path
    if (field === 'synonyms' && typeof index === 'number') {
      return { path: `synonyms.${index}.terms`, message: typeof item === 'number' ? `term ${item + 1}: ${message}` : message }
    }
    if (field === 'intents' && typeof index === 'string') {
      return { path: `intents.${index}`, message: typeof item === 'number' ? `phrase ${item + 1}: ${message}` : message }
    }
    return { path: String(field ?? 'synonyms'), message }
  })
  return { problems }
}

/**
 * The vocabulary of a published document, checked: what the site build and `content:export` use.
 * Throws, naming each field, when the stored document is not a valid vocabulary.
 */
export function vocabularyFromDoc(doc: VocabularyDoc): AgentVocabulary {
  const checked = checkVocabularyDoc(doc)
  if (checked.vocabulary) return checked.vocabulary
  throw new Error(`the agent vocabulary in the CMS is not valid:\n${checked.problems.map((p) => `  - field "${p.path}": ${p.message}`).join('\n')}`)
}
