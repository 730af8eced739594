import { getPayload, type SanitizedConfig } from 'payload'

type RouteHandler<Context> = (request: Request, context: Context) => Promise<Response>

const API_KEY_SCHEME = / API-Key /

/**
 * Payload treats a request whose API key matches nobody as anonymous and answers 200 with
 * published data, so a tool with a revoked key would silently get less. This wrapper answers
 * such requests with 401 instead, before Payload handles them.
 */
export function rejectInvalidApiKey<Context>(config: Promise<SanitizedConfig>, handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const authorization = request.headers.get('authorization')
    if (authorization && API_KEY_SCHEME.test(authorization)) {
      const payload = await getPayload({ config })
      const { user } = await payload.auth({ headers: request.headers })
      if (!user) {
        return Response.json(
          { errors: [{ message: 'The API key is invalid or has been revoked. Ask an admin for a new key.' }] },
          { status: 401 },
        )
      }
    }
    return handler(request, context)
  }
}
