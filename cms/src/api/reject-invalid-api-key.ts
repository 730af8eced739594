import { getPayload, type SanitizedConfig } from 'payload'
import type { RouteHandler } from './api-response.ts'

/**
 * Payload answers a request whose credentials match nobody as if it were anonymous: 200, with
 * published data only. A tool with a revoked API key (or a mistyped header) would then silently
 * get less. This wrapper answers any request that sends an Authorization header nobody matches
 * with 401 instead, before Payload handles it. The admin panel signs in with a cookie, not this header.
 */
export function rejectInvalidApiKey<Context>(config: Promise<SanitizedConfig>, handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const authorization = request.headers.get('authorization')
    if (authorization?.trim()) {
      const payload = await getPayload({ config })
      const { user } = await payload.auth({ headers: request.headers })
      if (!user) {
        const message = / API-Key /.test(authorization)
          ? 'The API key is invalid or has been revoked. Ask an admin for a new key.'
          : 'The Authorization header matches no account: use "users API-Key <key>" or "JWT <token>".'
        return Response.json({ errors: [{ message }] }, { status: 401 })
      }
    }
    return handler(request, context)
  }
}
