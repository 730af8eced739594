import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { inTransaction } from '../db/in-transaction.ts'
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
    // Payload's own transaction helpers, as its operations use them: the job row commits alone.
    await inTransaction(req, () => queueSiteBuild(req, reason))
    return Response.json({ message: 'A site build is queued.', reason }, { status: 202 })
  },
}
