import { isDeepStrictEqual } from 'node:util'
import type { AgentVocabulary } from '@kb/content'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'
import { inTransaction } from '../db/in-transaction.ts'
import { agentVocabularySlug } from '../collections/slugs.ts'
import { docFromVocabulary, vocabularyFromDoc } from './vocabulary-doc.ts'

/** What an import did to the vocabulary. */
export type VocabularyOutcome = 'created' | 'updated' | 'unchanged'

/**
 * The published agent vocabulary, read through the Local API (`req` joins a transaction), or
 * undefined when none has been published (a new database, or one unpublished). Drafts never come
 * back. Throws, naming each field, when the stored vocabulary is not valid.
 */
export async function exportAgentVocabulary(payload: Payload, req?: PayloadRequest): Promise<AgentVocabulary | undefined> {
  const doc = await payload.findGlobal({ slug: agentVocabularySlug, depth: 0, draft: false, overrideAccess: true, req })
  return doc._status === 'published' ? vocabularyFromDoc(doc) : undefined
}

/**
 * Publishes `vocabulary` as the CMS's agent vocabulary inside `req`'s transaction, unless the
 * published one is already the same (then nothing is written, and an editor's pending draft stays).
 * The save goes through the global's own checks and queues a site build like any publish.
 */
export async function importAgentVocabulary(payload: Payload, vocabulary: AgentVocabulary, req: PayloadRequest): Promise<VocabularyOutcome> {
  let current: AgentVocabulary | undefined
  try {
    current = await exportAgentVocabulary(payload, req)
  } catch {
    current = undefined // the stored one is not even valid: replace it
  }
  if (current && isDeepStrictEqual(current, vocabulary)) return 'unchanged'
  const existed = (await payload.db.findGlobal({ slug: agentVocabularySlug, req })) as { updatedAt?: string } | null
  await payload.updateGlobal({ slug: agentVocabularySlug, data: { ...docFromVocabulary(vocabulary), _status: 'published' }, depth: 0, overrideAccess: true, req })
  return existed?.updatedAt ? 'updated' : 'created'
}

/**
 * Publishes the vocabulary `read` returns when the CMS has never held one (no version at all: a new
 * database, or one from before the vocabulary lived in the CMS), and only then calls `read`;
 * otherwise leaves the editors' vocabulary alone. Returns whether it published. `pnpm start` seeds from content/agent-vocabulary.yaml.
 */
export async function seedAgentVocabulary(payload: Payload, read: () => AgentVocabulary): Promise<boolean> {
  const { totalDocs } = await payload.findGlobalVersions({ slug: agentVocabularySlug, limit: 1, depth: 0 })
  if (totalDocs > 0) return false
  const req = await createLocalReq({}, payload)
  const vocabulary = read()
  await inTransaction(req, () => importAgentVocabulary(payload, vocabulary, req))
  return true
}
