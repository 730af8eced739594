import type { Config, Plugin } from 'payload'
import { VERIFIABLE, verifyEndpoint, type VerifiableSlug } from './verify-entry.ts'

const isVerifiable = (slug: string): slug is VerifiableSlug => (VERIFIABLE as readonly string[]).includes(slug)

/**
 * Verification in the admin: `POST /api/<collection>/<id>/verify` on every collection with a
 * review group, the "Due for review" list on the dashboard (`DueForReview`) and, above each of
 * those collections' lists, its own due entries (`DueInList`).
 */
export const verificationPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isVerifiable(collection.slug)
      ? {
          ...collection,
          endpoints: [...(collection.endpoints || []), verifyEndpoint(collection.slug)],
          admin: {
            ...collection.admin,
            components: {
              ...collection.admin?.components,
              beforeListTable: [...(collection.admin?.components?.beforeListTable ?? []), '/verification/DueInList.tsx#DueInList'],
            },
          },
        }
      : collection,
  ),
  admin: {
    ...config.admin,
    components: {
      ...config.admin?.components,
      beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), '/verification/DueForReview.tsx#DueForReview'],
    },
  },
})
