import type { CollectionConfig } from 'payload'
import { reviewField } from '../../fields/review.ts'
import { slugField } from '../../fields/slug.ts'
import { contentDefaults } from '../content-defaults.ts'
import { sourcesSlug, strategiesSlug } from '../slugs.ts'

export { sourcesSlug }

/** Articles the knowledge draws on, credited on the strategies that use them. */
export const Sources: CollectionConfig<'sources'> = {
  slug: sourcesSlug,
  ...contentDefaults,
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'publisher', 'published'] },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField(),
    { name: 'publisher', type: 'text', required: true },
    { name: 'published', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
    { name: 'url', type: 'text', validate: (value: string | null | undefined) => !value || URL.canParse(value) || `"${value}" is not a URL.` },
    { name: 'strategies', type: 'join', collection: strategiesSlug, on: 'sources' },
    reviewField({ required: false }),
  ],
}
