import type { Config, Plugin } from 'payload'
import { searchEventsSlug } from '../collections/slugs.ts'
import { digestEndpoint } from '../digest/digest-endpoint.ts'
import { actOnQueryEndpoint } from './act-on-query.ts'

/**
 * Search analytics and the weekly digest in the admin (issue 13.3–13.4): the views
 * `/admin/search-analytics` and `/admin/digest` with links in the nav, the editors' action
 * endpoint `POST /api/search-events/act`, and `GET /api/digest` for chat tools.
 */
export const analyticsPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === searchEventsSlug ? { ...collection, endpoints: [...(collection.endpoints || []), actOnQueryEndpoint] } : collection,
  ),
  endpoints: [...(config.endpoints ?? []), digestEndpoint],
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      afterNavLinks: [...(config.admin?.components?.afterNavLinks ?? []), '/search-analytics/SignalsNavLinks.tsx#SignalsNavLinks'],
      views: {
        ...config.admin?.components?.views,
        searchAnalytics: { Component: '/search-analytics/SearchAnalyticsView.tsx#SearchAnalyticsView', path: '/search-analytics' },
        weeklyDigest: { Component: '/digest/DigestView.tsx#DigestView', path: '/digest' },
      },
    },
  },
})
