import { TEXT_LIMITS } from '@kb/content'
import type { CollectionConfig } from 'payload'
import { aliasesField } from '../../fields/aliases.ts'
import { reviewField } from '../../fields/review.ts'
import { slugField } from '../../fields/slug.ts'
import { contentDefaults } from '../content-defaults.ts'
import { empathyScriptsSlug, situationsSlug, sopsSlug, strategiesSlug } from '../slugs.ts'

export { situationsSlug }

/** What is happening on a contact; each has a playbook page. Editors can add new ones. */
export const Situations: CollectionConfig<'situations'> = {
  slug: situationsSlug,
  ...contentDefaults,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'slug', '_status'] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
    slugField(),
    { name: 'description', type: 'textarea', required: true, maxLength: TEXT_LIMITS.paragraph },
    aliasesField,
    { name: 'sops', type: 'join', collection: sopsSlug, on: 'situations' },
    { name: 'strategies', type: 'join', collection: strategiesSlug, on: 'situations' },
    { name: 'scripts', type: 'join', collection: empathyScriptsSlug, on: 'situations' },
    reviewField({ required: false }),
  ],
}
