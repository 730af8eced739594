import { TEXT_LIMITS } from '@kb/content'
import { APIError, type Endpoint } from 'payload'
import { hasRole } from '../access/roles.ts'
import { digestWeek, weeklyDigest } from './weekly-digest.ts'

const one = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/**
 * `GET /api/digest?owner=<review owner>&week=<YYYY-Www>`: one owner's weekly digest as JSON
 * (`WeeklyDigest`), for a team's chat tool; signed-in editors and admins, or an editor's API key
 * (401 without, 403 for readers). `owner` defaults to the caller's name, `week` to the current ISO
 * week; a malformed one is 400 naming it.
 */
export const digestEndpoint: Endpoint = {
  path: '/digest',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new APIError('Sign in, or send an editor’s API key, to read a digest.', 401, undefined, true)
    if (!hasRole(req.user, 'admin', 'editor')) throw new APIError('Only editors and admins can read digests.', 403, undefined, true)
    const owner = (one(req.query.owner) ?? req.user.name ?? '').trim()
    if (!owner) throw new APIError('owner: name the entries’ owner whose digest to read, e.g. ?owner=Quality%20team.', 400, undefined, true)
    if (owner.length > TEXT_LIMITS.title) throw new APIError(`owner: at most ${TEXT_LIMITS.title} characters.`, 400, undefined, true)
    const week = digestWeek(one(req.query.week))
    if (!week.ok) throw new APIError(week.message, 400, undefined, true)
    return Response.json(await weeklyDigest(req.payload, req.user, owner, week.week, week.period))
  },
}
