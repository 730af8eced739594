import { z } from 'zod'
import { slugSchema } from './common.ts'

/** When one published entry last changed: an ISO 8601 timestamp, e.g. `2026-11-30T14:05:00.000Z` (Payload's `updatedAt`). */
const changedAtSchema = z.iso.datetime({ offset: true, message: 'expected an ISO timestamp, e.g. "2026-11-30T14:05:00.000Z"' })

/** One part's times, by entry slug. */
const partTimesSchema = z.record(slugSchema, changedAtSchema)

/**
 * When each published entry last changed, by library part and slug: the `updatedAt` of the
 * published version (a draft saved since does not move it). The CMS's `GET /api/library/published`
 * carries it as `updated` beside the library, since the entry schemas (and the content files that
 * round trip through them) have no such field. Every part may be missing; so may any entry (older CMS).
 */
export const publishedTimesSchema = z.object({
  sources: partTimesSchema.optional(),
  situations: partTimesSchema.optional(),
  strategies: partTimesSchema.optional(),
  scripts: partTimesSchema.optional(),
  sops: partTimesSchema.optional(),
})

export type PublishedTimes = z.infer<typeof publishedTimesSchema>
