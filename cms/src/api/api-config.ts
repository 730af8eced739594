import type { Config } from 'payload'
import { allowedOrigins } from './allowed-origins.ts'
import { graphqlQueries } from './graphql-access-query.ts'
import { graphqlLimits } from './graphql-limits.ts'
import { MAX_DEPTH } from './query-limits.ts'

/**
 * The API's limits as Payload config: cookie-authenticated writes and browser reads only from the
 * CMS's own origins; relation population clamped at MAX_DEPTH whatever a request asks (the REST
 * wrapper refuses more, with a message); GraphQL queries checked by `graphqlLimits` before they run,
 * and its `Access` query answering every permission (`graphqlQueries`).
 */
export function apiConfig(env: NodeJS.ProcessEnv = process.env): Pick<Config, 'csrf' | 'cors' | 'maxDepth' | 'graphQL'> {
  const origins = allowedOrigins(env)
  return {
    csrf: origins,
    cors: origins,
    maxDepth: MAX_DEPTH,
    graphQL: { validationRules: graphqlLimits, queries: graphqlQueries },
  }
}
