import type { GlobalBeforeOperationHook } from 'payload'
import { hasRole } from '../../access/roles.ts'

/**
 * Readers (anonymous visitors, reader API keys) always read the published vocabulary, whatever
 * `draft` they pass: the collections' rule (collections/hooks/read-published-unless-editor.ts)
 * for the global, so a newer draft never reaches them through the latest version.
 */
export const readPublishedVocabularyUnlessEditor: GlobalBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation !== 'read' || overrideAccess || hasRole(req.user, 'admin', 'editor')) return args
  return (args as { draft?: boolean }).draft ? { ...args, draft: false } : args
}
