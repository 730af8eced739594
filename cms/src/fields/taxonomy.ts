import { CHANNELS, STAGES, TONES } from '@kb/content'
import type { SelectField } from 'payload'

/** Select fields over the shared vocabularies; options come from `@kb/content`, never copied. */
const options = (vocabulary: readonly { value: string; label: string }[]) =>
  vocabulary.map(({ value, label }) => ({ value, label }))

export const stageField = (name = 'stage', hasMany = false): SelectField => ({
  name,
  type: 'select',
  required: true,
  hasMany,
  options: options(STAGES),
})

export const channelsField: SelectField = {
  name: 'channels',
  type: 'select',
  required: true,
  hasMany: true,
  options: options(CHANNELS),
}

export const toneField: SelectField = {
  name: 'tone',
  type: 'select',
  required: true,
  options: options(TONES),
}
