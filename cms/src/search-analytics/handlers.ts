import { getPayload } from 'payload'
import config from '../payload.config.ts'
import { rateLimiter } from '../feedback/rate-limit.ts'
import { recordSearchEventsHandlers } from './record-search-events.ts'

/**
 * The route handlers of `POST /api/search-events/report` for this CMS: the site at `SITE_URL` (default
 * `http://localhost:4321`); per client a burst of 30 reports, then one every 2 seconds (a report
 * goes each time an agent leaves a page they searched on), and for everyone together a burst of
 * 400, then 200 a second (more is refused with 429, never queued).
 */
export const searchEventsHandlers = recordSearchEventsHandlers({
  payload: async () => getPayload({ config }),
  siteUrl: process.env.SITE_URL ?? 'http://localhost:4321',
  limiter: rateLimiter({ burst: 30, refillMs: 2_000 }),
  globalLimiter: rateLimiter({ burst: 400, refillMs: 5 }),
})
