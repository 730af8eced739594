import { isWebUrl, TEXT_LIMITS } from '@kb/content'
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
    { name: 'title', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
    slugField(),
    { name: 'publisher', type: 'text', required: true, maxLength: TEXT_LIMITS.title },
    { name: 'published', type: 'date', admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } } },
    {
      name: 'url',
      type: 'text',
      maxLength: TEXT_LIMITS.url,
      // The site links to it: only web addresses, never javascript: or other schemes (the shared rule, as content:check).
      validate: (value: string | null | undefined) =>
        !value ||
        (value.length <= TEXT_LIMITS.url && isWebUrl(value)) ||
        `"${value.slice(0, 80)}" is not a web address: expected http:// or https://, at most ${TEXT_LIMITS.url} characters.`,
    },
    { name: 'strategies', type: 'join', collection: strategiesSlug, on: 'sources' },
    reviewField({ required: false }),
  ],
}
