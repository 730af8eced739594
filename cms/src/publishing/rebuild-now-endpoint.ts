import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { hasRole } from '../access/roles.ts'
import { queueSiteBuild } from './queue-site-build.ts'

/**
 * `POST /api/globals/site-build/rebuild`: an admin queues a full site build by hand (after
 * changing templates, or to retry a build that failed for a reason now fixed). 202 with the
 * queued reason; 403 for anyone but an admin. Runs in its own transaction like any write.
 */
export const rebuildNowEndpoint: Endpoint = {
  path: '/rebuild',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    if (!hasRole(req.user, 'admin')) throw new APIError('Only admins can rebuild the site by hand.', 403, undefined, true)
    const reason = `rebuild requested by ${req.user?.email ?? 'an admin'}`
    const transactionID = await req.payload.db.beginTransaction?.()
    if (transactionID) req.transactionID = transactionID
    try {
      await queueSiteBuild(req, reason)
      if (transactionID) await req.payload.db.commitTransaction?.(transactionID)
    } catch (error) {
      if (transactionID) await req.payload.db.rollbackTransaction?.(transactionID)
      throw error
    }
    return Response.json({ message: 'A site build is queued.', reason }, { status: 202 })
  },
}
