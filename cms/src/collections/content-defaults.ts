import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/is-admin.ts'
import { isEditor } from '../access/is-editor.ts'
import { publishedOrEditor } from '../access/published-or-editor.ts'

/**
 * What every content collection shares: drafts with version history, and access where anyone
 * reads published documents, editors write and publish, and only admins delete.
 */
export const contentDefaults = {
  access: {
    read: publishedOrEditor,
    readVersions: isEditor,
    create: isEditor,
    update: isEditor,
    delete: isAdmin,
  },
  versions: { drafts: true, maxPerDoc: 50 },
} satisfies Pick<CollectionConfig, 'access' | 'versions'>
