import { TEXT_LIMITS } from '@kb/content'
import type { CollectionConfig } from 'payload'
import { aliasesField } from '../../fields/aliases.ts'
import { linesField, relationsTo } from '../../fields/relations.ts'
import { reviewField } from '../../fields/review.ts'
import { slugField } from '../../fields/slug.ts'
import { contentDefaults } from '../content-defaults.ts'
import { situationsSlug, sopsSlug, strategiesSlug } from '../slugs.ts'
import { requireStepKind } from './hooks/require-step-kind.ts'
import { validateStepFlow } from './hooks/validate-step-flow.ts'
import { stepsField } from './steps-field.ts'

export { sopsSlug }

/** Procedures for tricky situations, step by step, with decisions an agent walks through. */
export const Sops: CollectionConfig<'sops'> = {
  slug: sopsSlug,
  ...contentDefaults,
  labels: { singular: 'SOP', plural: 'SOPs' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'trigger', '_status'] },
  hooks: { ...contentDefaults.hooks, beforeValidate: [requireStepKind, ...contentDefaults.hooks.beforeValidate], beforeChange: [validateStepFlow] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
    slugField(),
    { name: 'purpose', type: 'textarea', required: true, maxLength: TEXT_LIMITS.line },
    { name: 'trigger', type: 'textarea', required: true, maxLength: TEXT_LIMITS.line, admin: { description: 'When this procedure applies.' } },
    { name: 'roles', type: 'text', hasMany: true, required: true, maxLength: TEXT_LIMITS.title },
    stepsField,
    linesField('escalation'),
    { name: 'resolvedWhen', type: 'textarea', required: true, maxLength: TEXT_LIMITS.line, admin: { description: 'The outcome that counts as resolved.' } },
    relationsTo('situations', situationsSlug, { required: true }),
    relationsTo('strategies', strategiesSlug),
    aliasesField,
    reviewField({ required: true }),
  ],
}
