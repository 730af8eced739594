import { APIError, type CollectionBeforeOperationHook, type CollectionSlug, type FlattenedField, type PayloadRequest, type Where } from 'payload'
import { hasRole } from '../../access/roles.ts'

type BeforeOperationArgs = Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]
type Id = number | string

/** Operators that compare a relation's ids with the given ones: a draft id among them is made to match nothing. */
const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in'])
/** Operators that say nothing about which ids exist. */
const HARMLESS_OPERATORS = new Set(['exists'])
/** An id no entry has (both adapters number entries from 1): stands in for a draft id in a reader's query. */
const NO_ENTRY = 0

const isRecord = (value: unknown): value is Record<string, unknown> => Boolean(value) && typeof value === 'object' && !Array.isArray(value)

/**
 * The collection whose ids a where path compares with, when it ends on a relationship or join
 * field (`situations`, `steps.script`, `strategies.situations`, `situations.id`) of a collection
 * with drafts; undefined for any other path. Paths through a relation continue in its collection.
 */
export function relationTarget(req: PayloadRequest, fields: readonly FlattenedField[], path: string): CollectionSlug | undefined {
  const [name, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === name)
  if (!field) return undefined
  if ((field.type === 'group' || field.type === 'array' || field.type === 'tab') && rest.length > 0) {
    return relationTarget(req, field.flattenedFields, rest.join('.'))
  }
  // `steps.script`: Payload looks for the field in every block of a blocks field.
  if (field.type === 'blocks' && rest.length > 0) {
    for (const block of field.blocks) {
      const target = relationTarget(req, block.flattenedFields, rest.join('.'))
      if (target) return target
    }
    return undefined
  }
  const target = field.type === 'join' ? field.collection : field.type === 'relationship' ? field.relationTo : undefined
  if (typeof target !== 'string') return undefined
  const related = req.payload.collections[target]?.config
  if (!related) return undefined
  if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return related.versions?.drafts ? target : undefined
  return relationTarget(req, related.flattenedFields, rest.join('.'))
}

const idsIn = (value: unknown): Id[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [value]).filter(
    (one): one is Id => typeof one === 'number' || (typeof one === 'string' && one.trim() !== ''),
  )

/** The given ids with every one that is not a published entry of `collection` replaced by NO_ENTRY. */
async function withoutUnpublished(req: PayloadRequest, collection: CollectionSlug, value: unknown): Promise<unknown> {
  const ids = idsIn(value)
  if (ids.length === 0) return value
  const numeric = ids.filter((id) => /^\d+$/.test(String(id)))
  const { docs } = numeric.length
    ? await req.payload.find({
        collection, where: { and: [{ id: { in: numeric } }, { _status: { equals: 'published' } }] },
        depth: 0, limit: numeric.length, pagination: false, overrideAccess: true, req,
      })
    : { docs: [] }
  const published = new Set(docs.map((doc) => String(doc.id)))
  const kept = ids.map((id) => (published.has(String(id)) ? id : NO_ENTRY))
  return Array.isArray(value) || (typeof value === 'string' && value.includes(',')) ? kept : kept[0]
}

/** A copy of `where` in which a reader's comparisons with relation ids can only match published entries. */
async function rewrite(req: PayloadRequest, fields: readonly FlattenedField[], where: Where): Promise<Where> {
  const result: Where = {}
  for (const [key, condition] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(condition)) {
      result[key] = await Promise.all(condition.map((inner: Where) => rewrite(req, fields, inner)))
      continue
    }
    const target = isRecord(condition) ? relationTarget(req, fields, key) : undefined
    if (!target || !isRecord(condition)) {
      result[key] = condition
      continue
    }
    const rewritten: Record<string, unknown> = {}
    for (const [operator, value] of Object.entries(condition)) {
      if (HARMLESS_OPERATORS.has(operator)) rewritten[operator] = value
      else if (ID_OPERATORS.has(operator)) rewritten[operator] = await withoutUnpublished(req, target, value)
      else throw new APIError(`where[${key}][${operator}]: related entries are filtered by id with equals, not_equals, in, not_in or exists.`, 400, undefined, true)
    }
    result[key] = rewritten
  }
  return result
}

/**
 * Readers (anonymous visitors, reader API keys) filtering through a relation or join by id
 * (`where[situations][in]=<id>`, also in a join's own `where`) learn nothing about entries that
 * are not published: such an id is compared as an id no entry has, so the answer is what it would
 * be if the draft did not exist (issue 11.15, leftover). Paths to a related entry's other fields
 * (`situations.slug`) are already limited by the related collection's read access. Comparisons
 * other than by id (`greater_than`, `like`…) on a relation are refused with 400, naming the path.
 */
export const hideUnpublishedInQueries = async ({ args, collection, operation, overrideAccess, req }: BeforeOperationArgs) => {
  if (!['read', 'count', 'readDistinct'].includes(operation) || overrideAccess || hasRole(req.user, 'admin', 'editor')) return args
  const { where, joins } = args as { where?: Where; joins?: Record<string, unknown> }
  const next: Record<string, unknown> = { ...args }
  if (isRecord(where)) next.where = await rewrite(req, collection.flattenedFields, where)
  if (isRecord(joins)) {
    const rewrittenJoins: Record<string, unknown> = {}
    for (const [path, join] of Object.entries(joins)) {
      const target = relationTarget(req, collection.flattenedFields, path)
      const fields = target && req.payload.collections[target]?.config.flattenedFields
      rewrittenJoins[path] = fields && isRecord(join) && isRecord(join.where) ? { ...join, where: await rewrite(req, fields, join.where as Where) } : join
    }
    next.joins = rewrittenJoins
  }
  return next as typeof args
}
