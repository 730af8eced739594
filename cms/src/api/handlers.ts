import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import config from '../payload.config.ts'
import type { RouteHandler } from './api-response.ts'
import { limitBodySize } from './limit-body-size.ts'
import { limitRestQueries } from './limit-rest-queries.ts'
import { refuseCrossSiteWrites } from './refuse-cross-site-writes.ts'
import { refuseMalformedBodies } from './refuse-malformed-bodies.ts'
import { refuseMalformedGraphql } from './refuse-malformed-graphql.ts'
import { refuseMissingVersions } from './refuse-missing-versions.ts'
import { rejectInvalidApiKey } from './reject-invalid-api-key.ts'

/**
 * The checks every API request passes before Payload handles it, cheapest first: a signed-in
 * write from a foreign origin (403), a body over 1 MB (413), an unknown API key (401).
 */
function guarded<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return refuseCrossSiteWrites(config, limitBodySize(rejectInvalidApiKey(config, handler)))
}

/**
 * A REST route: the checks every request passes, then bodies that are not a JSON object of fields
 * (400/415), version histories that do not exist (404) and unbounded `depth`/`limit` (400).
 */
function restRoute<Context>(handler: RouteHandler<Context>): RouteHandler<Context> {
  return guarded(refuseMalformedBodies(refuseMissingVersions(config, limitRestQueries(config, handler))))
}

/** The REST handlers the Next routes export. */
export const restHandlers = {
  GET: restRoute(REST_GET(config)),
  POST: restRoute(REST_POST(config)),
  DELETE: restRoute(REST_DELETE(config)),
  PATCH: restRoute(REST_PATCH(config)),
  PUT: restRoute(REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
}

/**
 * The GraphQL handlers: the checks every request passes, then bodies Payload cannot take (400);
 * query limits are Payload's `graphQL.validationRules` (see `graphqlLimits`).
 */
export const graphqlHandlers = {
  POST: guarded(refuseMalformedGraphql(GRAPHQL_POST(config))),
  OPTIONS: REST_OPTIONS(config),
}
