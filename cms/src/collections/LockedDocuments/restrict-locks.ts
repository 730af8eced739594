import { APIError, type Access, type CollectionBeforeValidateHook, type SanitizedConfig } from 'payload'
import { hasRole } from '../../access/roles.ts'

/** Payload's own collection of edit locks ("X is editing this"); Payload adds it while sanitizing the config. */
export const lockedDocumentsSlug = 'payload-locked-documents'

/** A lock's holder as Payload stores it: `{ relationTo: 'users', value: <id> }` (or a bare id). */
const holderId = (user: unknown): unknown =>
  user && typeof user === 'object' && 'value' in user ? holderId(user.value) : user && typeof user === 'object' && 'id' in user ? user.id : user

const editorOnly: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')

/** Editors and admins release only their own locks. */
const ownLocks: Access = ({ req }) => (req.user && hasRole(req.user, 'admin', 'editor') ? { 'user.value': { equals: req.user.id } } : false)

/**
 * A lock is always held by whoever writes it: a signed-in write that names someone else as the
 * holder is refused (403); one that names nobody is filled in with the caller. Taking over a lock
 * (the admin's "take over") is an update that makes the caller the holder.
 */
const holdLocksAsSelf: CollectionBeforeValidateHook = ({ data, req }) => {
  if (!req.user || !data) return data
  const named = holderId((data as { user?: unknown }).user)
  if (named !== undefined && named !== null && String(named) !== String(req.user.id)) {
    throw new APIError(`A lock can only be held by the signed-in account (${req.user.id}), not by user ${String(named)}.`, 403, undefined, true)
  }
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/**
 * Payload lets any signed-in account (a reader API key too) create, change, delete and read every
 * edit lock, so one reader request could block all editing (423) and list draft and user ids
 * (issue 11.7). Payload offers no override for this collection, so the sanitized config is changed:
 * only editors and admins read locks (the admin shows who is editing) and write them as themselves,
 * and they delete only their own. Payload's own lock bookkeeping writes through the database
 * adapter and is not affected.
 */
export function restrictLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === lockedDocumentsSlug)
  if (!locks) return config
  locks.access = { ...locks.access, read: editorOnly, create: editorOnly, update: editorOnly, delete: ownLocks }
  locks.hooks = { ...locks.hooks, beforeValidate: [...(locks.hooks.beforeValidate ?? []), holdLocksAsSelf] }
  return config
}
