import { reviewToday } from '@kb/content'
import { APIError, type CollectionSlug, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole } from '../access/roles.ts'

/** The collections whose entries carry a `review` group, and so can be verified. */
export const VERIFIABLE = ['strategies', 'empathy-scripts', 'sops', 'situations', 'sources'] as const satisfies readonly CollectionSlug[]
export type VerifiableSlug = (typeof VERIFIABLE)[number]

export interface Verified {
  /** True when the verification went live with a publish; false when it waits in a draft. */
  published: boolean
  /** The day recorded as `review.lastReviewed`, `YYYY-MM-DD`. */
  verifiedOn: string
  /** `review.verifiedBy`: the editor's name, or their email. */
  verifiedBy: string
}

/**
 * Records that an editor checked an entry today: `review.lastReviewed` becomes today and
 * `review.verifiedBy` the editor, as one save that lands in the version history. When the latest
 * version is the published one, the save publishes (nothing else changes, and the site's rebuild
 * clears the due mark); when newer draft changes are waiting, it goes into that draft, so it never
 * publishes them unasked. Editors and admins only (403).
 */
export async function verifyEntry(req: PayloadRequest, collection: VerifiableSlug, id: number | string, today = reviewToday()): Promise<Verified> {
  if (!req.user || !hasRole(req.user, 'admin', 'editor')) throw new APIError('Only editors and admins can verify entries.', 403, undefined, true)
  const latest = await req.payload.findByID({ collection, id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true })
  if (!latest) throw new APIError(`There is no ${collection} entry ${String(id)}.`, 404, undefined, true)
  const review = latest.review
  if (!review?.owner || !review.reviewIntervalDays) {
    throw new APIError('This entry has no owner or review interval yet: fill them in and save before verifying.', 400, undefined, true)
  }
  const verifiedBy = req.user.name?.trim() || req.user.email
  const published = latest._status === 'published'
  await req.payload.update({
    collection,
    id,
    data: { review: { ...review, lastReviewed: `${today}T00:00:00.000Z`, verifiedBy }, ...(published ? { _status: 'published' as const } : {}) },
    draft: !published,
    depth: 0,
    req,
    // `verifiedBy` is written only here (its field refuses editors' own writes); the role was checked above.
    overrideAccess: true,
  })
  return { published, verifiedOn: today, verifiedBy }
}

/** `POST /api/<collection>/<id>/verify`: `verifyEntry`, answered with what was recorded and where it shows. */
export function verifyEndpoint(collection: VerifiableSlug): Endpoint {
  return {
    path: '/:id/verify',
    method: 'post',
    handler: async (req) => {
      const id = req.routeParams?.id
      if (typeof id !== 'string' && typeof id !== 'number') throw new APIError('Name the entry to verify: /:id/verify.', 400, undefined, true)
      const verified = await verifyEntry(req, collection, id)
      const message = verified.published
        ? `Verified ${verified.verifiedOn} by ${verified.verifiedBy} and published; the site shows it after its next build.`
        : `Verified ${verified.verifiedOn} by ${verified.verifiedBy} in the draft; publish the draft to show it on the site.`
      return Response.json({ message, ...verified })
    },
  }
}
