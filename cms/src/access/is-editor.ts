import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/** Editors and admins: create, edit and publish content. */
export const isEditor: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
