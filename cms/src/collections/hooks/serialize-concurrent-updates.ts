import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'
import { lockRowForUpdate } from '../../db/lock-row.ts'

type BeforeOperationArgs = Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]

/** What a client says it edited: the quoted `If-Match` ETag (RFC 9110 §13.1.1) or the `updatedAt` it read. */
function expectedVersion(req: BeforeOperationArgs['req'], data: unknown) {
  const ifMatch = req.headers?.get('if-match')?.trim()
  if (ifMatch && ifMatch !== '*') return { value: ifMatch.replace(/^W\//, '').replace(/^"|"$/g, ''), status: 412 }
  const updatedAt = (data as { updatedAt?: unknown } | undefined)?.updatedAt
  if (typeof updatedAt === 'string' && updatedAt.trim()) return { value: updatedAt.trim(), status: 409 }
  return undefined
}

/**
 * Updates of one document take turns, and an update based on an old copy is refused.
 *
 * Runs first in an update (after Payload opened its transaction, before it reads the document):
 * locks the document's row, so a concurrent update waits and then merges into what the first one
 * wrote (issue 8.2: two editors' fields are both kept). A client that names the version it edited
 * gets 412 (with `If-Match`) or 409 (with `updatedAt` in the body) when someone else saved since.
 * The version compared is the newest one, drafts included: what the admin's edit view shows.
 */
export const serializeConcurrentUpdates = async ({ args, operation, req, collection }: BeforeOperationArgs): Promise<void> => {
  const id = (args as { id?: number | string }).id
  if (operation !== 'update' || id == null) return
  await lockRowForUpdate(req, collection.slug, id)
  const expected = expectedVersion(req, (args as { data?: unknown }).data)
  if (!expected) return
  const current = await req.payload.findByID({
    collection: collection.slug,
    id,
    draft: true,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { updatedAt: true },
  })
  const now = current && 'updatedAt' in current ? current.updatedAt : undefined
  if (now && now !== expected.value) {
    throw new APIError(
      `This entry was changed by someone else since you opened it (your copy: ${expected.value}, now: ${now}). ` +
        'Reload it, then make your change again.',
      expected.status,
      { current: now },
      true,
    )
  }
}
