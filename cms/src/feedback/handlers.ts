import { getPayload } from 'payload'
import config from '../payload.config.ts'
import { rateLimiter } from './rate-limit.ts'
import { submitFeedbackHandlers } from './submit-feedback.ts'

/**
 * The route handlers of `POST /api/feedback/submit` for this CMS: the site at `SITE_URL`
 * (default `http://localhost:4321`); per client a burst of 10 posts, then one every 6 seconds, and
 * for everyone together a burst of 200, then 50 a second (more is refused with 429, never queued).
 */
export const feedbackHandlers = submitFeedbackHandlers({
  payload: async () => getPayload({ config }),
  siteUrl: process.env.SITE_URL ?? 'http://localhost:4321',
  limiter: rateLimiter({ burst: 10, refillMs: 6_000 }),
  globalLimiter: rateLimiter({ burst: 200, refillMs: 20 }),
})
