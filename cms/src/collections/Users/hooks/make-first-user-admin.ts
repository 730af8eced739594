import type { CollectionBeforeChangeHook } from 'payload'
import { usersSlug } from '../../slugs.ts'

/** The first account ever created (the admin's sign-up) is an admin; later ones get what the admin sets. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: usersSlug, req, overrideAccess: true })
  return totalDocs === 0 ? { ...data, role: 'admin' } : data
}
