import type { PayloadRequest } from 'payload'
import { hasRole } from '../../access/roles.ts'

/** What a collection's or a global's `beforeOperation` hook gets, as far as this rule reads it. */
interface BeforeOperationArgs<Args> {
  args?: Args
  operation: string
  overrideAccess?: boolean
  req: PayloadRequest
}

/**
 * Readers (anonymous visitors, reader API keys) always read published versions, whatever `draft`
 * they pass. Asked with `draft=true`, Payload reads each entry's newest version and only then
 * applies the reader's "published only" rule, so a published entry with a newer draft vanished from
 * lists, GraphQL, joins and populated relations (an SOP step showed the raw script id; issue 11.12).
 * Runs before every read operation, including the ones that populate relations and joins; globals
 * (the agent vocabulary) use it too.
 */
export function readPublishedUnlessEditor<Args>({ args, operation, overrideAccess, req }: BeforeOperationArgs<Args>): Args | undefined {
  if (operation !== 'read' || overrideAccess || hasRole(req.user, 'admin', 'editor')) return args
  return (args as { draft?: boolean } | undefined)?.draft ? { ...args, draft: false } as Args : args
}
