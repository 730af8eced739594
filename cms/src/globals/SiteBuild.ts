import type { GlobalConfig } from 'payload'
import { isEditor } from '../access/is-editor.ts'
import { rebuildNowEndpoint } from '../publishing/rebuild-now-endpoint.ts'

export const siteBuildSlug = 'site-build'

/**
 * What editors see of the published site: whether the last rebuild after a publish worked, and
 * if not, why (the live site then still shows the previous good build). Written only by the CMS.
 */
export const SiteBuild: GlobalConfig = {
  slug: siteBuildSlug,
  label: 'Site build status',
  access: { read: isEditor, update: () => false },
  admin: { description: 'Publishing, unpublishing or deleting an entry rebuilds the public site and its search. This shows the latest rebuild.' },
  endpoints: [rebuildNowEndpoint],
  fields: [
    {
      name: 'rebuildNow',
      type: 'ui',
      admin: {
        components: { Field: '/publishing/RebuildNowButton.tsx#RebuildNowButton' },
        condition: (_data, _siblingData, { user }) => (user as { role?: string } | null)?.role === 'admin',
      },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'idle',
      options: ['idle', 'building', 'succeeded', 'failed'].map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) })),
      admin: { readOnly: true },
    },
    { name: 'reasons', type: 'textarea', admin: { readOnly: true, description: 'What the latest build was for.' } },
    { name: 'finishedAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', type: 'number', admin: { readOnly: true } },
    { name: 'lastSuccessAt', type: 'date', admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'error', type: 'textarea', admin: { readOnly: true, description: 'Why the latest build failed; the site still serves the last good build.' } },
  ],
}
