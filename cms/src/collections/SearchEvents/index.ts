import { SEARCH_FALLBACKS, SEARCH_QUERY_MAX, SEARCH_RANK_MAX, TEXT_LIMITS } from '@kb/content'
import type { CollectionConfig } from 'payload'
import { isAdmin } from '../../access/is-admin.ts'
import { isEditor } from '../../access/is-editor.ts'
import { searchEventsSlug, usersSlug } from '../slugs.ts'

export { searchEventsSlug }

/** What an editor did about a query in the search analytics view (every event of it changes together). */
export const SEARCH_EVENT_HANDLING = [
  { value: 'open', label: 'Open' },
  { value: 'aliased', label: 'Added as an alias' },
  { value: 'drafted', label: 'Draft opened' },
  { value: 'dismissed', label: 'Dismissed' },
] as const

const readOnly = { readOnly: true }
/** `situation/late-parcel`: an entry type, a slash and a slug. */
const ENTRY_KEY_MAX = 20 + TEXT_LIMITS.slug

/**
 * One settled search on the site (issue 13.3), as the public endpoint stored it
 * (`POST /api/search-events/report`, see `cms/src/search-analytics/`): the query with anything personal
 * redacted, the number of results, the entry shown first (and its owner then), the result opened
 * and its rank, and any correction or fallback. Entries are kept as the site names them
 * (`sop/late-parcel-call`, checked published when stored), plain text so a report is one row
 * each and the endpoint can store many at once. Never public: editors and admins read it (the
 * *Search analytics* view aggregates it) and mark queries handled; only admins delete; nobody
 * creates events through the collection API.
 */
export const SearchEvents: CollectionConfig<'search-events'> = {
  slug: searchEventsSlug,
  labels: { singular: 'Search event', plural: 'Search events' },
  admin: {
    useAsTitle: 'query',
    defaultColumns: ['query', 'results', 'openedRank', 'topEntry', 'handled', 'createdAt'],
    description: 'Searches agents made on the site, personal details redacted. See Search analytics for the summary.',
  },
  access: { create: () => false, read: isEditor, update: isEditor, delete: isAdmin },
  defaultSort: '-createdAt',
  fields: [
    { name: 'query', type: 'text', required: true, index: true, maxLength: SEARCH_QUERY_MAX, admin: readOnly },
    { name: 'results', type: 'number', required: true, min: 0, admin: readOnly },
    { name: 'topEntry', type: 'text', maxLength: ENTRY_KEY_MAX, admin: { ...readOnly, description: 'The entry shown first, as the site names it: type/slug.' } },
    { name: 'owner', type: 'text', maxLength: TEXT_LIMITS.title, index: true, admin: { ...readOnly, description: 'The first entry’s owner when the search was made.' } },
    { name: 'openedRank', type: 'number', min: 1, max: SEARCH_RANK_MAX, admin: { ...readOnly, description: 'Which result the agent opened (1 = first); empty when none.' } },
    { name: 'openedEntry', type: 'text', maxLength: ENTRY_KEY_MAX, admin: { ...readOnly, description: 'The entry opened, as type/slug.' } },
    { name: 'correctedTo', type: 'text', maxLength: SEARCH_QUERY_MAX, admin: { ...readOnly, description: 'What was searched for instead (spelling corrected, unknown words left out).' } },
    { name: 'fallback', type: 'select', options: SEARCH_FALLBACKS.map(({ value, label }) => ({ value, label })), admin: readOnly },
    { name: 'verbatim', type: 'checkbox', defaultValue: false, admin: { ...readOnly, description: 'The agent asked for the words as typed.' } },
    {
      name: 'handled',
      type: 'select',
      required: true,
      defaultValue: 'open',
      index: true,
      options: SEARCH_EVENT_HANDLING.map(({ value, label }) => ({ value, label })),
      admin: { position: 'sidebar' },
    },
    { name: 'handledBy', type: 'relationship', relationTo: usersSlug, admin: { ...readOnly, position: 'sidebar' } },
  ],
}
