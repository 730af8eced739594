import { slugSchema, TEXT_LIMITS } from '@kb/content'
import type { ArrayField } from 'payload'
import { empathyScriptsSlug } from '../slugs.ts'

type StepRow = { kind?: string } | undefined
const when = (kind: string) => (_: unknown, row: StepRow) => row?.kind === kind
const unless = (kind: string) => (_: unknown, row: StepRow) => row?.kind !== kind

/**
 * The ordered steps of an SOP. A step is an action, a line to say (a script), or a decision
 * whose labelled branches go to another step (by key) or end in an outcome.
 */
export const stepsField: ArrayField = {
  name: 'steps',
  type: 'array',
  required: true,
  minRows: 1,
  admin: { initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'key',
          type: 'text',
          required: true,
          admin: { description: 'Short id that branches point to, e.g. "offer-options".' },
          validate: (value: string | null | undefined) =>
            slugSchema.safeParse(value).success || `"${value ?? ''}" is not a step key: use lowercase words joined by hyphens.`,
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'action',
          options: [
            { value: 'action', label: 'Action' },
            { value: 'say', label: 'Say (a script)' },
            { value: 'decision', label: 'Decision' },
          ],
        },
      ],
    },
    { name: 'text', type: 'textarea', maxLength: TEXT_LIMITS.line, admin: { condition: unless('decision'), description: 'What to do (or, for a say step, when to say it).' } },
    {
      name: 'script',
      type: 'relationship',
      relationTo: empathyScriptsSlug,
      filterOptions: () => true,
      admin: { condition: when('say') },
      validate: (value: unknown, { siblingData }: { siblingData: StepRow }) =>
        siblingData?.kind !== 'say' || Boolean(value) || 'A say step needs the script to say.',
    },
    {
      name: 'question',
      type: 'text',
      maxLength: TEXT_LIMITS.line,
      admin: { condition: when('decision') },
      validate: (value: unknown, { siblingData }: { siblingData: StepRow }) =>
        siblingData?.kind !== 'decision' || Boolean(value) || 'A decision step needs a question.',
    },
    {
      name: 'branches',
      type: 'array',
      admin: { condition: when('decision') },
      validate: (value: unknown, { siblingData }: { siblingData: StepRow }) =>
        siblingData?.kind !== 'decision' || (Array.isArray(value) && value.length >= 2) || 'A decision needs at least two branches.',
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: TEXT_LIMITS.line },
        { name: 'goto', type: 'text', maxLength: TEXT_LIMITS.slug, admin: { description: 'Key of the step this branch leads to…' } },
        { name: 'outcome', type: 'text', maxLength: TEXT_LIMITS.line, admin: { description: '…or the outcome that ends the procedure.' } },
      ],
    },
    { name: 'next', type: 'text', maxLength: TEXT_LIMITS.slug, admin: { condition: unless('decision'), description: 'Jump to this step key instead of the next one.' } },
    { name: 'outcome', type: 'text', maxLength: TEXT_LIMITS.line, admin: { condition: unless('decision'), description: 'End the procedure here with this outcome.' } },
  ],
}
