import type { SanitizedConfig } from 'payload'
import { apiError, type RouteHandler } from './api-response.ts'

/** The REST path after `/api/`: `['globals', 'site-build', 'versions']`, `['users', 'versions', '3']`. */
function segments(request: Request): string[] {
  return new URL(request.url).pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean)
}

/**
 * Answers 404, naming the collection or global, to a request for the version history of one that
 * keeps none: Payload's handlers then query a table that does not exist and answered 500
 * (`GET /api/globals/site-build/versions`, for any signed-in account; issue 11.9).
 */
export function refuseMissingVersions<Context>(config: Promise<SanitizedConfig>, handler: RouteHandler<Context>): RouteHandler<Context> {
  return async (request, context) => {
    const [first, second, third] = segments(request)
    const { collections, globals } = await config
    if (first === 'globals' && third === 'versions') {
      const global = globals.find((candidate) => candidate.slug === second)
      if (global && !global.versions) return apiError(404, `The global "${second}" keeps no versions: read it at /api/globals/${second}.`)
    } else if (second === 'versions') {
      const collection = collections.find((candidate) => candidate.slug === first)
      if (collection && !collection.versions) return apiError(404, `The collection "${first}" keeps no versions: read its entries at /api/${first}.`)
    }
    return handler(request, context)
  }
}
