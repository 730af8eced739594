import { TEXT_LIMITS } from '@kb/content'
import type { CollectionConfig } from 'payload'
import { aliasesField } from '../../fields/aliases.ts'
import { linesField, relationsTo } from '../../fields/relations.ts'
import { reviewField } from '../../fields/review.ts'
import { slugField } from '../../fields/slug.ts'
import { stageField } from '../../fields/taxonomy.ts'
import { validateLibraryMarkdown } from '../../fields/validate-library-markdown.ts'
import { contentDefaults } from '../content-defaults.ts'
import { empathyScriptsSlug, situationsSlug, sopsSlug, sourcesSlug, strategiesSlug } from '../slugs.ts'

export { strategiesSlug }

/** Conflict-resolution techniques; their example scripts and SOPs are joined in, not stored here. */
export const Strategies: CollectionConfig<'strategies'> = {
  slug: strategiesSlug,
  ...contentDefaults,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'summary', '_status'] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
    slugField(),
    { name: 'summary', type: 'text', required: true, maxLength: TEXT_LIMITS.line },
    { name: 'whyItWorks', type: 'richText', required: true, validate: validateLibraryMarkdown },
    linesField('steps', { required: true }),
    linesField('pitfalls'),
    stageField('stages', true),
    relationsTo('situations', situationsSlug, { required: true }),
    relationsTo('related', strategiesSlug),
    relationsTo('sources', sourcesSlug, { required: true }),
    aliasesField,
    { name: 'scripts', type: 'join', collection: empathyScriptsSlug, on: 'strategies' },
    { name: 'sops', type: 'join', collection: sopsSlug, on: 'strategies' },
    reviewField({ required: true }),
  ],
}
