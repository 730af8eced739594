import type { Config, Field, Plugin } from 'payload'
import { FEEDBACK_TARGETS } from '../collections/Feedback/index.ts'

const isTarget = (slug: string) => (FEEDBACK_TARGETS as readonly string[]).includes(slug)

/** The sidebar link from an entry to its agent feedback (`FeedbackLink`); a `ui` field, so nothing is stored. */
const feedbackLinkField: Field = {
  name: 'agentFeedback',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/feedback/FeedbackLink.tsx#FeedbackLink' } },
}

/** Shows each entry that has a page (and so a "Did this help?" form) its open feedback in the admin. */
export const feedbackPlugin: Plugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    isTarget(collection.slug) ? { ...collection, fields: [...collection.fields, feedbackLinkField] } : collection,
  ),
})
