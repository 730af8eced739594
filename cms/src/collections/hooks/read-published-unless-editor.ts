import type { CollectionBeforeOperationHook, CollectionSlug } from 'payload'
import { hasRole } from '../../access/roles.ts'

type BeforeOperationArgs = Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]

/**
 * Readers (anonymous visitors, reader API keys) always read published versions, whatever `draft`
 * they pass. Asked with `draft=true`, Payload reads each entry's newest version and only then
 * applies the reader's "published only" rule, so a published entry with a newer draft vanished from
 * lists, GraphQL, joins and populated relations (an SOP step showed the raw script id; issue 11.12).
 * Runs before every read operation, including the ones that populate relations and joins.
 */
export const readPublishedUnlessEditor = ({ args, operation, overrideAccess, req }: BeforeOperationArgs) => {
  if (operation !== 'read' || overrideAccess || hasRole(req.user, 'admin', 'editor')) return args
  return (args as { draft?: boolean }).draft ? { ...args, draft: false } : args
}
