import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/** Only admins: user management and deletes. */
export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin')
