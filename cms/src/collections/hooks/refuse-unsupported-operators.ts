import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type FlattenedField, type Where } from 'payload'

type BeforeOperationArgs = Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]

/**
 * Where operators Payload accepts that neither database adapter here implements: `all` is listed
 * in Payload's valid operators but missing from `@payloadcms/drizzle`'s operator map ("TODO:
 * support this" in 3.90), so it failed with a 500 from SQLite and PostgreSQL alike.
 */
const UNSUPPORTED = new Set(['all'])

/**
 * Whether a where path goes past a relationship inside a block (`steps.script.title`): drizzle
 * 3.90 joins the block's table twice for it ("Alias … is already used in this query"), a 500.
 */
function throughBlockRelation(fields: readonly FlattenedField[], segments: string[], inBlock = false): boolean {
  const [name, ...rest] = segments
  const field = fields.find((candidate) => candidate.name === name)
  if (!field || rest.length === 0) return false
  if (field.type === 'blocks') return field.blocks.some((block) => throughBlockRelation(block.flattenedFields, rest, true))
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') return throughBlockRelation(field.flattenedFields, rest, inBlock)
  return inBlock && (field.type === 'relationship' || field.type === 'upload')
}

function firstThroughBlockRelation(fields: readonly FlattenedField[], where: unknown): string | undefined {
  if (!where || typeof where !== 'object') return undefined
  for (const [key, value] of Object.entries(where)) {
    if (Array.isArray(value) && (key === 'and' || key === 'or')) {
      for (const inner of value) {
        const found = firstThroughBlockRelation(fields, inner)
        if (found) return found
      }
    } else if (throughBlockRelation(fields, key.split('.'))) return key
  }
  return undefined
}

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

/**
 * Answers 400 naming the condition, for anyone, to a where (or a join's where) using an operator
 * the database cannot run, or a path past a relationship inside a block (filter by its id instead).
 */
export const refuseUnsupportedOperators = ({ args, collection, operation }: BeforeOperationArgs) => {
  if (!['read', 'count', 'readDistinct', 'update', 'delete'].includes(operation)) return args
  const { where, joins } = args as { where?: Where; joins?: Record<string, unknown> }
  const through = firstThroughBlockRelation(collection.flattenedFields, where)
  if (through) {
    const relation = through.split('.').slice(0, 2).join('.')
    throw new APIError(`where[${through}]: a relation inside a step block is filtered by id only, e.g. where[${relation}][equals]=<id>.`, 400, undefined, true)
  }
  const joinWheres = Object.values(joins && typeof joins === 'object' ? joins : {}).map((join) => (join && typeof join === 'object' && 'where' in join ? join.where : undefined))
  for (const candidate of [where, ...joinWheres]) {
    const found = firstUnsupported(candidate)
    if (found) throw new APIError(`${found}: "all" is not supported by this database; use "in" (any of) or several "equals" joined with "and".`, 400, undefined, true)
  }
  return args
}
