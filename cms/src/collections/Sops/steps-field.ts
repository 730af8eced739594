import { slugSchema, TEXT_LIMITS } from '@kb/content'
import type { Block, BlocksField, Field } from 'payload'
import { empathyScriptsSlug } from '../slugs.ts'

/** Every step's key: what branches and `next` point to, and the anchor on the SOP page. */
const keyField: Field = {
  name: 'key',
  type: 'text',
  required: true,
  admin: { description: 'Short id that branches point to, e.g. "offer-options".' },
  validate: (value: string | null | undefined) =>
    slugSchema.safeParse(value).success || `"${value ?? ''}" is not a step key: use lowercase words joined by hyphens.`,
}

/** Where an action or say step leads: neither field carries on with the next step in order. */
const exitFields: Field[] = [
  {
    type: 'row',
    fields: [
      { name: 'next', type: 'text', maxLength: TEXT_LIMITS.slug, admin: { description: 'Jump to this step key instead of the next one.' } },
      { name: 'outcome', type: 'text', maxLength: TEXT_LIMITS.line, admin: { description: 'End the procedure here with this outcome.' } },
    ],
  },
]

const actionBlock: Block = {
  slug: 'action',
  // The step key names the step; a second, free-form name would only confuse.
  admin: { disableBlockName: true },
  interfaceName: 'SopActionStep',
  labels: { singular: 'Action', plural: 'Actions' },
  fields: [keyField, { name: 'text', type: 'textarea', required: true, maxLength: TEXT_LIMITS.line, admin: { description: 'What the agent does.' } }, ...exitFields],
}

const sayBlock: Block = {
  slug: 'say',
  admin: { disableBlockName: true },
  interfaceName: 'SopSayStep',
  labels: { singular: 'Say (a script)', plural: 'Say steps' },
  fields: [
    keyField,
    { name: 'script', type: 'relationship', relationTo: empathyScriptsSlug, required: true, index: true, filterOptions: () => true, admin: { description: 'The empathy script to say.' } },
    { name: 'text', type: 'textarea', maxLength: TEXT_LIMITS.line, admin: { description: 'When or how to say it, if that needs saying.' } },
    ...exitFields,
  ],
}

const decisionBlock: Block = {
  slug: 'decision',
  admin: { disableBlockName: true },
  interfaceName: 'SopDecisionStep',
  labels: { singular: 'Decision', plural: 'Decisions' },
  fields: [
    keyField,
    { name: 'question', type: 'text', required: true, maxLength: TEXT_LIMITS.line, admin: { description: 'The question the agent answers.' } },
    {
      name: 'branches',
      type: 'array',
      required: true,
      minRows: 2,
      labels: { singular: 'Branch', plural: 'Branches' },
      admin: { initCollapsed: false },
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: TEXT_LIMITS.line },
        {
          type: 'row',
          fields: [
            { name: 'goto', type: 'text', maxLength: TEXT_LIMITS.slug, admin: { description: 'Key of the step this branch leads to…' } },
            { name: 'outcome', type: 'text', maxLength: TEXT_LIMITS.line, admin: { description: '…or the outcome that ends the procedure.' } },
          ],
        },
      ],
    },
  ],
}

/**
 * The ordered steps of an SOP, one block per kind: an action, a line to say (a script), or a
 * decision whose labelled branches go to another step (by key) or end in an outcome. Each block
 * holds only its kind's fields, required where `sopSchema` (content/src/schema/sop.ts) requires
 * them; `blockType` is the schema's `kind`.
 */
export const stepsField: BlocksField = {
  name: 'steps',
  type: 'blocks',
  required: true,
  minRows: 1,
  labels: { singular: 'Step', plural: 'Steps' },
  admin: { initCollapsed: false },
  blocks: [actionBlock, sayBlock, decisionBlock],
}
