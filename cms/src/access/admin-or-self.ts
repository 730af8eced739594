import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/** Admins see and change every account; anyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}
