import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type Where } from 'payload'

type BeforeOperationArgs = Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]

/**
 * Where operators Payload accepts that neither database adapter here implements: `all` is listed
 * in Payload's valid operators but missing from `@payloadcms/drizzle`'s operator map ("TODO:
 * support this" in 3.90), so it failed with a 500 from SQLite and PostgreSQL alike.
 */
const UNSUPPORTED = new Set(['all'])

function firstUnsupported(where: unknown, path: string[] = []): string | undefined {
  if (!where || typeof where !== 'object') return undefined
  for (const [key, value] of Object.entries(where)) {
    if (Array.isArray(value) && (key === 'and' || key === 'or')) {
      for (const [index, inner] of value.entries()) {
        const found = firstUnsupported(inner, [...path, key, String(index)])
        if (found) return found
      }
    } else if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const operator of Object.keys(value)) if (UNSUPPORTED.has(operator)) return `where[${[...path, key].join('][')}][${operator}]`
    }
  }
  return undefined
}

/** Answers 400 naming the condition, for anyone, to a where (or a join's where) using an operator the database cannot run. */
export const refuseUnsupportedOperators = ({ args, operation }: BeforeOperationArgs) => {
  if (!['read', 'count', 'readDistinct', 'update', 'delete'].includes(operation)) return args
  const { where, joins } = args as { where?: Where; joins?: Record<string, unknown> }
  const joinWheres = Object.values(joins && typeof joins === 'object' ? joins : {}).map((join) => (join && typeof join === 'object' && 'where' in join ? join.where : undefined))
  for (const candidate of [where, ...joinWheres]) {
    const found = firstUnsupported(candidate)
    if (found) throw new APIError(`${found}: "all" is not supported by this database; use "in" (any of) or several "equals" joined with "and".`, 400, undefined, true)
  }
  return args
}
