import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeValidateHook,
  CollectionSlug,
  GlobalAfterChangeHook,
  GlobalBeforeValidateHook,
  GlobalSlug,
  PayloadRequest,
} from 'payload'
import { queueSiteBuild } from './queue-site-build.ts'

/**
 * Whether a change shows on the public site is decided from the collection's main row, which
 * holds the published document: saving a draft (`draft: true`, the admin's "Save draft" and
 * autosave) only adds a version and leaves the main row alone, while publishing, unpublishing
 * (PATCH `_status: 'draft'` without `draft`) and restoring a version write it. The versions'
 * `_status` (what `previousDoc` carries) is the latest version, drafts included, so it cannot
 * tell a draft save of a published entry from an unpublish.
 */

/** What the site cares about in an entry's main row. */
export interface MainRowState {
  status?: string | null
  updatedAt?: string | null
}

export type RebuildReason = 'published' | 'updated' | 'unpublished'

/**
 * Why the site needs rebuilding after a change, or undefined when it does not. `before` is the
 * main row before the change (null for a create); `after` the main row after it (null if gone).
 * A rebuild is needed when the entry was or is published and its main row actually changed.
 */
export function rebuildReasonForChange(before: MainRowState | null, after: MainRowState | null): RebuildReason | undefined {
  const wasLive = before?.status === 'published'
  const isLive = after?.status === 'published'
  if (!wasLive && !isLive) return undefined
  if (before && after && before.status === after.status && before.updatedAt === after.updatedAt) return undefined
  if (!wasLive) return 'published'
  return isLive ? 'updated' : 'unpublished'
}

type Doc = { id?: number | string; slug?: string; _status?: string | null; updatedAt?: string | null }

/** What the site cares about in a main row as the database adapter returns it (null: no row). */
const stateOf = (row: Doc | null): MainRowState | null => (row ? { status: row._status ?? null, updatedAt: row.updatedAt ?? null } : null)

/**
 * The main row state remembered under `key` before the change, taken out of the request's
 * context; `fallback` when none was remembered.
 */
function takeRemembered(context: Record<string, unknown>, key: string, fallback: MainRowState | null): MainRowState | null {
  if (!(key in context)) return fallback
  const before = context[key] as MainRowState | null
  delete context[key]
  return before
}

/** Reads the main (published) row in the request's transaction, so it sees this change's own writes. */
async function mainRowState(req: PayloadRequest, collection: CollectionSlug, id: number | string): Promise<MainRowState | null> {
  return stateOf((await req.payload.db.findOne({ collection, where: { id: { equals: id } }, req })) as Doc | null)
}

const contextKey = (collection: string, id: number | string) => `siteRebuild:before:${collection}:${id}`

/**
 * Remembers the main row as it was before an update, for `requestSiteRebuildAfterChange`.
 * Registered as a beforeValidate hook (it runs in the same transaction just before the
 * beforeChange hooks) because collections may replace the shared beforeChange hooks.
 */
export const rememberMainRowBeforeChange: CollectionBeforeValidateHook = async ({ data, operation, originalDoc, req, collection, context }) => {
  const id = (originalDoc as Doc | undefined)?.id
  if (operation === 'update' && id != null) context[contextKey(collection.slug, id)] = await mainRowState(req, collection.slug, id)
  return data
}

/** Publishing, unpublishing or editing a published entry asks for a site rebuild. Drafts do not. */
export const requestSiteRebuildAfterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req, collection, context }) => {
  const id = (doc as Doc).id
  if (id == null) return doc
  // Without a remembered main row (should not happen) err towards rebuilding: the status is the
  // latest version's and the unknown updatedAt counts as a change.
  const before = operation === 'update' ? takeRemembered(context, contextKey(collection.slug, id), { status: (previousDoc as Doc | undefined)?._status ?? null }) : null
  const reason = rebuildReasonForChange(before, await mainRowState(req, collection.slug, id))
  if (reason) await queueSiteBuild(req, `${collection.slug} "${(doc as Doc).slug}" ${reason}`)
  return doc
}

/** Deleting a published entry asks for a site rebuild. `doc` is the deleted main row, so its status is the published one. */
export const requestSiteRebuildAfterDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if ((doc as Doc)._status === 'published') await queueSiteBuild(req, `${collection.slug} "${(doc as Doc).slug}" deleted`)
  return doc
}

/** A global's main row, which holds its published version (drafts only add versions, as for collections). */
async function globalMainRowState(req: PayloadRequest, slug: GlobalSlug): Promise<MainRowState | null> {
  const row = (await req.payload.db.findGlobal({ slug, req })) as Doc | null
  // A global never saved has no row yet, though the adapter may answer with an empty one.
  return row?.updatedAt ? stateOf(row) : null
}

const globalContextKey = (slug: string) => `siteRebuild:before:global:${slug}`

/** Remembers a global's main row before a save, for `requestSiteRebuildAfterGlobalChange`. */
export const rememberGlobalMainRow: GlobalBeforeValidateHook = async ({ data, req, global, context }) => {
  context[globalContextKey(global.slug)] = await globalMainRowState(req, global.slug)
  return data
}

/** Publishing, unpublishing or editing a published global (the agent vocabulary) asks for a site rebuild. Drafts do not. */
export const requestSiteRebuildAfterGlobalChange: GlobalAfterChangeHook = async ({ doc, req, global, context }) => {
  const before = takeRemembered(context, globalContextKey(global.slug), { status: 'published' })
  const reason = rebuildReasonForChange(before, await globalMainRowState(req, global.slug))
  if (reason) await queueSiteBuild(req, `${global.slug} ${reason}`)
  return doc
}
