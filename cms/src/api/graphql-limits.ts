import {
  getNamedType,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type ExecutionArgs,
  type FieldNode,
  type GraphQLNamedType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql'
import type { Role } from '../access/roles.ts'
import { depthMessage, limitMessage, MAX_DEPTH, MAX_READER_LIMIT, paginationMessage, wholeNumberIn } from './query-limits.ts'

/** Field nesting a query may have at all, relations or not (a page of entries with their relations needs about 8). */
export const MAX_SELECTION_DEPTH = 12

type Variables = ExecutionArgs['variableValues']

/** The Payload field type behind a GraphQL field (Payload keeps the field's config in `extensions.field`). */
function payloadFieldType(extensions: Readonly<Record<string, unknown>>): unknown {
  const field = extensions.field
  return field && typeof field === 'object' && 'type' in field ? field.type : undefined
}

function valueOf(node: ValueNode, variables: Variables): unknown {
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value]
  if (node.kind === Kind.INT || node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN || node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value
  return undefined
}

/** What is wrong with one field's arguments for this caller, or undefined. */
function argumentProblem(node: FieldNode, isJoin: boolean, reader: boolean, variables: Variables): string | undefined {
  const args = new Map(node.arguments?.map((arg) => [arg.name.value, valueOf(arg.value, variables)]))
  const depth = args.get('depth')
  if (depth !== undefined && depth !== null && wholeNumberIn(String(depth), 0, MAX_DEPTH) === undefined) return depthMessage(String(depth))
  if (!reader) return undefined
  if (args.get('pagination') === false) return paginationMessage
  const limit = args.get('limit')
  if (limit === undefined || limit === null) {
    // Payload's GraphQL join loads every joined document when no limit is given.
    return isJoin ? `${node.name.value} lists every joined document unless given a limit: add limit: 1 to ${MAX_READER_LIMIT}.` : undefined
  }
  return wholeNumberIn(String(limit), 1, MAX_READER_LIMIT) === undefined ? limitMessage(`${node.name.value}(limit)`, String(limit)) : undefined
}

interface Walk {
  context: ValidationContext
  reader: boolean
  variables: Variables
  fragmentsSeen: Set<string>
}

/** Walks a selection set (through fragments), reporting the first problem; true when it found one. */
function walk(walker: Walk, selections: SelectionSetNode, type: GraphQLNamedType | undefined | null, hops: number, nesting: number): boolean {
  const { context } = walker
  for (const selection of selections.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const name = selection.name.value
      const fragment = context.getFragment(name)
      if (!fragment || walker.fragmentsSeen.has(name)) continue
      walker.fragmentsSeen.add(name)
      const found = walk(walker, fragment.selectionSet, context.getSchema().getType(fragment.typeCondition.name.value), hops, nesting)
      walker.fragmentsSeen.delete(name)
      if (found) return true
      continue
    }
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const inner = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type
      if (walk(walker, selection.selectionSet, inner, hops, nesting)) return true
      continue
    }
    const name = selection.name.value
    // Introspection (__schema, __type, __typename) reads the schema, not documents.
    if (name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue
    const field = type.getFields()[name]
    if (!field) continue
    const kind = payloadFieldType(field.extensions)
    const nextHops = hops + (kind === 'relationship' || kind === 'upload' || kind === 'join' ? 1 : 0)
    const problem =
      argumentProblem(selection, kind === 'join', walker.reader, walker.variables) ??
      (nextHops > MAX_DEPTH ? `${name} nests relations ${nextHops} deep: at most ${MAX_DEPTH} levels of related documents per query.` : undefined) ??
      (nesting + 1 > MAX_SELECTION_DEPTH ? `${name} is nested ${nesting + 1} fields deep: at most ${MAX_SELECTION_DEPTH}.` : undefined)
    if (problem) {
      context.reportError(new GraphQLError(problem, { nodes: [selection] }))
      return true
    }
    if (selection.selectionSet && walk(walker, selection.selectionSet, getNamedType(field.type), nextHops, nesting + 1)) return true
  }
  return false
}

/** The caller's role, from the context Payload gives GraphQL (`{ req }`); undefined for anonymous. */
function roleOf(contextValue: unknown): Role | undefined {
  const req = contextValue && typeof contextValue === 'object' && 'req' in contextValue ? contextValue.req : undefined
  const user = req && typeof req === 'object' && 'user' in req ? req.user : undefined
  const role = user && typeof user === 'object' && 'role' in user ? user.role : undefined
  return role === 'admin' || role === 'editor' || role === 'reader' ? role : undefined
}

/**
 * Payload's `graphQL.validationRules`: refuses, before anything runs, a query that nests more than
 * MAX_DEPTH relations (a 12-deep `related { related { … } }` took the CMS down), nests fields more
 * than MAX_SELECTION_DEPTH deep, or asks for `depth` above MAX_DEPTH; and, from anonymous visitors
 * and reader keys, a `limit` outside 1–MAX_READER_LIMIT, a join without a limit, or `pagination: false`.
 */
export function graphqlLimits(args: ExecutionArgs): ValidationRule[] {
  const role = roleOf(args.contextValue)
  const reader = role !== 'admin' && role !== 'editor'
  const rule: ValidationRule = (context) => ({
    OperationDefinition(operation) {
      const root = operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType()
      walk({ context, reader, variables: args.variableValues, fragmentsSeen: new Set() }, operation.selectionSet, root, 0, 0)
    },
  })
  return [rule]
}
