import { TEXT_LIMITS } from '@kb/content'
import type { GroupField } from 'payload'

/**
 * Who keeps an entry current and when it is next due for review. Required on strategies,
 * scripts and SOPs; optional on situations and sources.
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
  ],
})
