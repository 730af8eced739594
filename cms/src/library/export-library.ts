import type { Library } from '@kb/content'
import type { Payload, TypedUser } from 'payload'
import { PART_COLLECTIONS } from './collections.ts'
import { libraryFromDocs, type PublishedDocs } from './library-from-docs.ts'
import { richTextFor } from './rich-text.ts'

/**
 * The CMS's published content as a library, read through the Local API. Drafts stay in the CMS:
 * the files in git and the site hold the published knowledge base only. With `user`, read with
 * that user's access (`overrideAccess: false`); without, as the CMS itself (export, site builds).
 * Throws, naming the collection, slug and field, when a published document is not a valid entry.
 */
export async function exportLibrary(payload: Payload, { user }: { user?: TypedUser } = {}): Promise<Library> {
  const access = user ? { overrideAccess: false, user } : {}
  const docs = {} as PublishedDocs
  for (const [, collection] of PART_COLLECTIONS) {
    const result = await payload.find({ collection, where: { _status: { equals: 'published' } }, draft: false, depth: 0, limit: 0, pagination: false, ...access })
    docs[collection] = result.docs
  }
  return libraryFromDocs(docs, await richTextFor(payload.config))
}
