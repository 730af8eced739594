import type { GraphQLFieldResolver, GraphQLOutputType } from 'graphql'
import type { GraphQLExtension } from 'payload'

type GraphQLModule = Parameters<GraphQLExtension>[0]

/**
 * The permissions object shaped like the GraphQL type that describes it. Payload strips `false`
 * permissions and folds all-`true` groups into a bare `true` (sanitizePermissions), but its
 * `Access` type declares every permission a non-null Boolean: `{ Access { canAccessAdmin } }`
 * from an anonymous caller then failed with 500 ("Cannot return null for non-nullable field").
 * Here a missing permission is `false` and a folded `true` grants each permission inside it.
 */
function shaped(graphQL: GraphQLModule, type: GraphQLOutputType, value: unknown): unknown {
  const inner = graphQL.getNullableType(type)
  if (graphQL.isObjectType(inner)) {
    const source = value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined
    const result: Record<string, unknown> = { ...source }
    for (const [name, field] of Object.entries(inner.getFields())) {
      result[name] = shaped(graphQL, field.type, source ? source[name] : value === true)
    }
    return result
  }
  if (inner === graphQL.GraphQLBoolean) return value === true
  return value && typeof value === 'object' ? value : null
}

/**
 * Payload's `graphQL.queries`: replaces the built-in `Access` query with one that answers every
 * permission it declares (false when not granted), for anonymous callers too (issue 11.9).
 */
export const graphqlQueries: GraphQLExtension = (graphQL, { Query }) => {
  const access = Query.fields.Access as { type: GraphQLOutputType; resolve: GraphQLFieldResolver<unknown, unknown> } | undefined
  if (!access) return {}
  return {
    Access: {
      type: access.type,
      resolve: async (...args: Parameters<GraphQLFieldResolver<unknown, unknown>>) => shaped(graphQL, access.type, await access.resolve(...args)),
    },
  }
}
