import type { Access } from 'payload'
import { hasRole } from './roles.ts'

/**
 * Editors read everything; everyone else (anonymous visitors, reader API keys) gets a query
 * limited to published documents, so drafts never leave the CMS through any API.
 */
export const publishedOrEditor: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor') || { _status: { equals: 'published' } }
