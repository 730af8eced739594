import { FEEDBACK_COMMENT_MAX, FEEDBACK_VERDICTS, TEXT_LIMITS } from '@kb/content'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/is-admin.ts'
import { isEditor } from '../../access/is-editor.ts'
import { empathyScriptsSlug, feedbackSlug, situationsSlug, sopsSlug, strategiesSlug, usersSlug } from '../slugs.ts'
import { recordResolution } from './hooks/record-resolution.ts'

export { feedbackSlug }

/** The collections whose entries have a page on the site, and so a "Did this help?" form. */
export const FEEDBACK_TARGETS = [empathyScriptsSlug, strategiesSlug, sopsSlug, situationsSlug] as const

const readOnly = { readOnly: true }

/**
 * What agents said about an entry through the site's "Did this help?" form: the verdict and an
 * optional plain-text comment, for the entry's owner. Only the public endpoint creates feedback
 * (`POST /api/feedback/submit`, see `cms/src/feedback/`); editors read it, filter it by entry,
 * owner or verdict, and resolve it with a note; admins may delete it.
 */
export const Feedback: CollectionConfig<'feedback'> = {
  slug: feedbackSlug,
  labels: { singular: 'Feedback', plural: 'Feedback' },
  admin: {
    useAsTitle: 'entryTitle',
    defaultColumns: ['entryTitle', 'verdict', 'comment', 'owner', 'status', 'createdAt'],
    description: 'What agents said on entry pages ("Did this help?"). Resolve each with a note saying what was done.',
  },
  access: { create: () => false, read: isEditor, update: isEditor, delete: isAdmin },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [recordResolution] },
  fields: [
    { name: 'entry', type: 'relationship', relationTo: [...FEEDBACK_TARGETS], required: true, index: true, admin: readOnly },
    { name: 'entryTitle', type: 'text', required: true, maxLength: TEXT_LIMITS.title, admin: { ...readOnly, description: 'The entry’s title when the feedback was given.' } },
    { name: 'owner', type: 'text', maxLength: TEXT_LIMITS.title, index: true, admin: { ...readOnly, description: 'The entry’s owner when the feedback was given.' } },
    {
      name: 'verdict',
      type: 'select',
      required: true,
      options: FEEDBACK_VERDICTS.map(({ value, label }) => ({ value, label })),
      admin: readOnly,
    },
    { name: 'comment', type: 'textarea', maxLength: FEEDBACK_COMMENT_MAX, admin: readOnly },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: [
        { value: 'open', label: 'Open' },
        { value: 'resolved', label: 'Resolved' },
      ],
      admin: { position: 'sidebar' },
    },
    { name: 'resolutionNote', type: 'textarea', maxLength: FEEDBACK_COMMENT_MAX, admin: { position: 'sidebar', description: 'What was done about it; needed to resolve.' } },
    { name: 'resolvedBy', type: 'relationship', relationTo: usersSlug, admin: { ...readOnly, position: 'sidebar' } },
    { name: 'resolvedAt', type: 'date', admin: { ...readOnly, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
