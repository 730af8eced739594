import { TEXT_LIMITS } from '@kb/content'
import type { TextField } from 'payload'

/** Other words agents type for this entry ("charged twice"); search finds the entry by them. */
export const aliasesField: TextField = {
  name: 'aliases',
  type: 'text',
  hasMany: true,
  maxLength: TEXT_LIMITS.title,
  admin: { description: 'Words agents might search for that do not appear in the text.' },
}
