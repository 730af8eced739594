import type { CollectionConfig } from 'payload'
import { isAdmin } from '../access/is-admin.ts'
import { isEditor } from '../access/is-editor.ts'
import { publishedOrEditor } from '../access/published-or-editor.ts'
import { hideUnpublishedInQueries } from './hooks/hide-unpublished-in-queries.ts'
import { hideUnpublishedRelations } from './hooks/hide-unpublished-relations.ts'
import { readPublishedUnlessEditor } from './hooks/read-published-unless-editor.ts'
import { refuseDeletingRequiredEntry, refuseUnpublishingRequiredEntry } from './hooks/required-entries.ts'
import { refuseUnsupportedOperators } from './hooks/refuse-unsupported-operators.ts'
import { refuseOverlongText } from './hooks/refuse-overlong-text.ts'
import { serializeConcurrentUpdates } from './hooks/serialize-concurrent-updates.ts'
import { trimText } from './hooks/trim-text.ts'
import {
  rememberMainRowBeforeChange,
  requestSiteRebuildAfterChange,
  requestSiteRebuildAfterDelete,
} from '../publishing/request-site-rebuild.ts'

/**
 * What every content collection shares: drafts with version history; access where anyone reads
 * published documents, editors write and publish, and only admins delete; readers get published
 * versions and relations only, whatever `draft` they ask for, and their queries through relations
 * match published entries only; updates of one document that take
 * turns; and a site rebuild whenever what the public sees changes.
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
  hooks: {
    // Lock first: the unpublish check then reads the entry as it is when this update proceeds.
    beforeOperation: [serializeConcurrentUpdates, refuseUnpublishingRequiredEntry, readPublishedUnlessEditor, refuseUnsupportedOperators, hideUnpublishedInQueries],
    beforeValidate: [trimText, refuseOverlongText, rememberMainRowBeforeChange],
    afterRead: [hideUnpublishedRelations],
    afterChange: [requestSiteRebuildAfterChange],
    beforeDelete: [refuseDeletingRequiredEntry],
    afterDelete: [requestSiteRebuildAfterDelete],
  },
} satisfies Pick<CollectionConfig, 'access' | 'versions' | 'hooks'>
