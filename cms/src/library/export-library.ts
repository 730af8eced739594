import type { Library } from '@kb/content'
import type { Payload } from 'payload'
import { PART_COLLECTIONS } from './collections.ts'
import { libraryFromDocs, type PublishedDocs } from './library-from-docs.ts'
import { richTextFor } from './rich-text.ts'

/**
 * The CMS's published content as a library, read through the Local API. Drafts stay in the CMS:
 * the files in git and the site hold the published knowledge base only.
 */
export async function exportLibrary(payload: Payload): Promise<Library> {
  const docs = {} as PublishedDocs
  for (const [, collection] of PART_COLLECTIONS) {
    const result = await payload.find({ collection, where: { _status: { equals: 'published' } }, depth: 0, limit: 0, pagination: false })
    docs[collection] = result.docs
  }
  return libraryFromDocs(docs, await richTextFor(payload.config))
}
