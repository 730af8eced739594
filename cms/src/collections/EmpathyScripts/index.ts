import { TEXT_LIMITS } from '@kb/content'
import type { CollectionConfig } from 'payload'
import { aliasesField } from '../../fields/aliases.ts'
import { relationsTo } from '../../fields/relations.ts'
import { reviewField } from '../../fields/review.ts'
import { slugField } from '../../fields/slug.ts'
import { channelsField, stageField, toneField } from '../../fields/taxonomy.ts'
import { contentDefaults } from '../content-defaults.ts'
import { empathyScriptsSlug, situationsSlug, strategiesSlug } from '../slugs.ts'
import { sopsSayingField } from './sops-saying-field.ts'

export { empathyScriptsSlug }

/** Lines an agent can say. A script names its strategies; the SOPs that say it are listed. */
export const EmpathyScripts: CollectionConfig<'empathy-scripts'> = {
  slug: empathyScriptsSlug,
  ...contentDefaults,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'line', 'stage', '_status'] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
    slugField(),
    {
      name: 'line',
      type: 'textarea',
      required: true,
      maxLength: TEXT_LIMITS.line,
      admin: { description: 'The words to say. Mark details the agent fills in as {customerName}, {orderNumber}.' },
    },
    { name: 'insteadOf', type: 'textarea', maxLength: TEXT_LIMITS.line, admin: { description: 'The tempting line that makes things worse.' } },
    relationsTo('situations', situationsSlug, { required: true }),
    stageField(),
    channelsField,
    toneField,
    { name: 'why', type: 'textarea', required: true, maxLength: TEXT_LIMITS.line, admin: { description: 'One sentence: why this line works.' } },
    relationsTo('strategies', strategiesSlug),
    aliasesField,
    sopsSayingField,
    reviewField({ required: true }),
  ],
}
