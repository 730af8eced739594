import type { SanitizedConfig } from 'payload'
import { apiError, type RouteHandler } from './api-response.ts'

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** The session cookie Payload sets on sign-in (`<cookiePrefix>-token`; the prefix is Payload's default). */
const SESSION_COOKIE = 'payload-token'

function hasSessionCookie(request: Request): boolean {
  const cookies = request.headers.get('cookie') ?? ''
  return cookies.split(';').some((pair) => pair.split('=')[0]?.trim() === SESSION_COOKIE)
}

/**
 * Where a browser says the request comes from: its `Origin`, or, when it sends none, whether
 * `Sec-Fetch-Site` calls it cross-origin. `undefined` when neither header is there (not a browser).
 */
function foreignSource(request: Request, origins: readonly string[]): string | undefined {
  const origin = request.headers.get('origin')
  if (origin !== null) return origins.includes(origin) ? undefined : `Origin "${origin}"`
  const site = request.headers.get('sec-fetch-site')
  if (site === null || site === 'same-origin' || site === 'none') return undefined
  return `Sec-Fetch-Site "${site}"`
}

/**
 * Answers 403, before Payload sees it, to a write (POST, PUT, PATCH, DELETE; every GraphQL call
 * is a POST) that carries the session cookie but comes from a page outside the config's `csrf`
 * origins (see `allowedOrigins`). With `csrf`
 * set, Payload alone would only ignore the cookie and carry on as anonymous; this makes the refusal
 * explicit. Tools that send an API key in the Authorization header and no cookie are not affected.
 */
export function refuseCrossSiteWrites<Context>(config: Promise<SanitizedConfig>, handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    if (WRITES.has(request.method) && hasSessionCookie(request)) {
      const origins = (await config).csrf
      const source = foreignSource(request, origins)
      if (source) {
        return apiError(
          403,
          `A signed-in write must come from the CMS's own pages, but this one came from ${source}. ` +
            `Allowed origins: ${origins.join(', ')} (set CMS_ALLOWED_ORIGINS to change them). Tools use an API key instead of the cookie.`,
        )
      }
    }
    return handler(request, context)
  }
}
