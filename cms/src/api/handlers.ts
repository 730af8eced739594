import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import config from '../payload.config.ts'
import { rejectInvalidApiKey } from './reject-invalid-api-key.ts'

/** The REST and GraphQL handlers the Next routes export, each behind the API-key check. */
export const restHandlers = {
  GET: rejectInvalidApiKey(config, REST_GET(config)),
  POST: rejectInvalidApiKey(config, REST_POST(config)),
  DELETE: rejectInvalidApiKey(config, REST_DELETE(config)),
  PATCH: rejectInvalidApiKey(config, REST_PATCH(config)),
  PUT: rejectInvalidApiKey(config, REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
}

export const graphqlHandlers = {
  POST: rejectInvalidApiKey(config, GRAPHQL_POST(config)),
  OPTIONS: REST_OPTIONS(config),
}
