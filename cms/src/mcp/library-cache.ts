import type { Payload } from 'payload'
import { PART_COLLECTIONS } from '../library/collections.ts'
import { readPublishedLibrary, type McpCaller, type PublishedLibrary } from './published-library.ts'

/**
 * The published library, read again only when it changed. Reading it whole (every entry, rich
 * text to Markdown) costs far more than asking each collection for its published count and newest
 * change, which is what decides here: a publish, edit, unpublish or delete changes one of the two.
 * Kept per Payload instance and per kind of caller (anonymous or a role), each read with that
 * caller's access.
 */
const caches = new WeakMap<Payload, Map<string, { signature: string; library: Promise<PublishedLibrary> }>>()

/** Published count and newest `updatedAt` of every library collection, as the caller sees them. */
async function signatureOf(payload: Payload, caller: McpCaller): Promise<string> {
  const parts = await Promise.all(PART_COLLECTIONS.map(async ([, collection]) => {
    const { totalDocs, docs } = await payload.find({
      collection, where: { _status: { equals: 'published' } }, draft: false, overrideAccess: false, user: caller,
      depth: 0, limit: 1, sort: '-updatedAt', select: { updatedAt: true },
    })
    return `${collection}:${totalDocs}:${docs[0]?.updatedAt ?? ''}`
  }))
  return parts.join('|')
}

/** The published library for a caller: from the cache while nothing changed, read afresh otherwise. */
export async function publishedLibrary(payload: Payload, caller: McpCaller): Promise<PublishedLibrary> {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  const key = caller?.role ?? 'anonymous'
  const signature = await signatureOf(payload, caller)
  const cached = cache.get(key)
  if (cached?.signature === signature) return cached.library
  const library = readPublishedLibrary(payload, caller)
  cache.set(key, { signature, library })
  library.catch(() => {
    if (cache.get(key)?.library === library) cache.delete(key)
  })
  return library
}
