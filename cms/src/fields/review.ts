import { TEXT_LIMITS } from '@kb/content'
import type { FieldAccess, GroupField } from 'payload'
import { hasRole } from '../access/roles.ts'

/** Editors and admins see who verified an entry; readers and anonymous callers do not. */
const editorsOnly: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'editor')

/**
 * Who keeps an entry current and when it is next due for review. Required on strategies,
 * scripts and SOPs; optional on situations and sources. `lastReviewed` is the verified date the
 * site shows; the entry is due `reviewIntervalDays` after it. The sidebar's "Verify" button
 * (`POST /api/<collection>/<id>/verify`) sets it to today and `verifiedBy` to the editor, so the
 * version history records who verified and when.
 */
export const reviewField = ({ required }: { required: boolean }): GroupField => ({
  name: 'review',
  type: 'group',
  admin: { position: 'sidebar' },
  fields: [
    { name: 'owner', type: 'text', required, maxLength: TEXT_LIMITS.title, admin: { description: 'Team or person answerable for this entry.' } },
    {
      name: 'lastReviewed',
      type: 'date',
      required,
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
    },
    { name: 'reviewIntervalDays', type: 'number', required, min: 1, max: 3650, defaultValue: 180 },
    {
      name: 'verifiedBy',
      type: 'text',
      maxLength: TEXT_LIMITS.title,
      access: { read: editorsOnly, create: () => false, update: () => false },
      admin: { readOnly: true, description: 'The editor who last pressed Verify, by name or email (set by the CMS).' },
    },
    {
      name: 'verify',
      type: 'ui',
      admin: { components: { Field: '/verification/VerifyButton.tsx#VerifyButton' } },
    },
  ],
})
