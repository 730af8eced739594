import { isRedacted, SEARCH_QUERY_MAX, TEXT_LIMITS } from '@kb/content'
import { APIError, type Endpoint, type PayloadRequest } from 'payload'
import { z } from 'zod'
import { hasRole } from '../access/roles.ts'
import { FEEDBACK_TARGETS } from '../collections/Feedback/index.ts'
import { searchEventsSlug } from '../collections/slugs.ts'

/** Open events of one query marked at most per action (a query searched more often is marked in later actions). */
const MAX_MARKED = 5_000

const collection = z.enum(FEEDBACK_TARGETS, { message: `expected one of ${FEEDBACK_TARGETS.join(', ')}` })
const query = z.string().trim().min(1, 'must not be empty').max(SEARCH_QUERY_MAX)

/**
 * What an editor does about a query in the search analytics view:
 * - `alias`: adds the query to a chosen entry's `aliases`, in a new draft of the entry (never
 *   published unasked: the editor reviews and publishes it, and the site finds the entry by the
 *   query after the next build);
 * - `draft`: opens a new draft entry in a chosen collection, titled with the query;
 * - `dismiss`: nothing to do.
 * Every open event of the query (compared without case) is then marked with what was done.
 * Seam for the CMS-managed synonyms vocabulary (`vocab` branch): a `synonym` action adding the
 * query to a chosen concept belongs here, beside `alias`.
 */
export const queryActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('alias'), query, entry: z.strictObject({ collection, id: z.union([z.int().positive(), z.string().regex(/^\d+$/)]) }) }),
  z.strictObject({ action: z.literal('draft'), query, collection }),
  z.strictObject({ action: z.literal('dismiss'), query }),
])
export type QueryAction = z.infer<typeof queryActionSchema>

export interface QueryActionResult {
  message: string
  /** Events of the query marked handled. */
  marked: number
  /** The entry changed or created, with its edit page. */
  entry?: { collection: string; id: number | string; adminUrl: string }
}

const bad = (message: string) => new APIError(message, 400, undefined, true)
const adminUrl = (slug: string, id: number | string) => `/admin/collections/${slug}/${id}`

/** Adds `text` to the entry's aliases in a new draft of it; false when it already had it. */
async function addAlias(req: PayloadRequest, target: Extract<QueryAction, { action: 'alias' }>['entry'], text: string): Promise<boolean> {
  if (isRedacted(text)) throw bad(`query: "${text}" holds redacted parts, so it cannot be an alias; add the words agents mean by hand instead.`)
  if (text.length > TEXT_LIMITS.title) throw bad(`query: an alias may be at most ${TEXT_LIMITS.title} characters.`)
  const latest = await req.payload.findByID({ collection: target.collection, id: target.id, draft: true, depth: 0, req, overrideAccess: false, disableErrors: true })
  if (!latest) throw bad(`entry: there is no ${target.collection} entry ${String(target.id)}.`)
  const aliases = latest.aliases ?? []
  if (aliases.some((alias) => alias.toLowerCase() === text.toLowerCase())) return false
  await req.payload.update({ collection: target.collection, id: target.id, data: { aliases: [...aliases, text] }, draft: true, depth: 0, req, overrideAccess: false })
  return true
}

/** Marks every open event of `text` (without case) as `handled` by the editor. */
async function markQuery(req: PayloadRequest, text: string, handled: 'aliased' | 'drafted' | 'dismissed'): Promise<number> {
  const candidates = await req.payload.find({
    collection: searchEventsSlug,
    where: { and: [{ handled: { equals: 'open' } }, { query: { like: text } }] },
    select: { query: true },
    limit: MAX_MARKED,
    depth: 0,
    req,
    overrideAccess: false,
  })
  const ids = candidates.docs.filter((event) => event.query.toLowerCase() === text.toLowerCase()).map((event) => event.id)
  if (ids.length === 0) return 0
  await req.payload.update({ collection: searchEventsSlug, where: { id: { in: ids } }, data: { handled, handledBy: req.user?.id ?? null }, depth: 0, req, overrideAccess: false })
  return ids.length
}

/** Carries out one action as the request's editor (403 for anyone else, 400 naming the field for a bad one). */
export async function actOnQuery(req: PayloadRequest, action: QueryAction): Promise<QueryActionResult> {
  if (!req.user || !hasRole(req.user, 'admin', 'editor')) throw new APIError('Only editors and admins can act on searches.', 403, undefined, true)
  const text = action.query
  if (action.action === 'alias') {
    const added = await addAlias(req, action.entry, text)
    const marked = await markQuery(req, text, 'aliased')
    const url = adminUrl(action.entry.collection, action.entry.id)
    const message = added ? `Added “${text}” as an alias in a draft: review and publish it to make search find the entry by it.` : `The entry already has “${text}” as an alias.`
    return { message, marked, entry: { collection: action.entry.collection, id: action.entry.id, adminUrl: url } }
  }
  if (action.action === 'draft') {
    if (text.length > TEXT_LIMITS.title) throw bad(`query: a title may be at most ${TEXT_LIMITS.title} characters.`)
    const title = `${text[0]!.toUpperCase()}${text.slice(1)}`
    const created = await req.payload.create({ collection: action.collection, data: { title, _status: 'draft' }, draft: true, depth: 0, req, overrideAccess: false })
    const marked = await markQuery(req, text, 'drafted')
    return { message: `Opened a draft “${title}”: fill it in and publish it.`, marked, entry: { collection: action.collection, id: created.id, adminUrl: adminUrl(action.collection, created.id) } }
  }
  const marked = await markQuery(req, text, 'dismissed')
  return { message: `Dismissed “${text}”.`, marked }
}

/** `POST /api/search-events/act` with a `queryActionSchema` body: `actOnQuery`, answered with its result. */
export const actOnQueryEndpoint: Endpoint = {
  path: '/act',
  method: 'post',
  handler: async (req) => {
    const body: unknown = req.json ? await req.json().catch(() => undefined) : undefined
    const parsed = queryActionSchema.safeParse(body)
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
      throw bad(`The action was not understood: ${problems.join('; ')}.`)
    }
    return Response.json(await actOnQuery(req, parsed.data))
  },
}
