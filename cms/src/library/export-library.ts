import type { Library, PublishedTimes } from '@kb/content'
import type { Payload, TypedUser } from 'payload'
import type { LibraryCollection } from './collections.ts'
import { libraryFromDocs, publishedTimesOf } from './library-from-docs.ts'
import { richTextFor } from './rich-text.ts'

/** The published library and when each of its entries last changed (`publishedTimesSchema`'s shape). */
export interface PublishedExport {
  library: Library
  /** The `updatedAt` of each published document (ISO), by part and slug; saving a draft does not move it. */
  updated: PublishedTimes
}

/**
 * The CMS's published content as a library, read through the Local API, with each entry's last
 * change. Drafts stay in the CMS: the files in git and the site hold the published knowledge base
 * only. With `user`, read with that user's access (`overrideAccess: false`); without, as the CMS
 * itself (export, site builds). Throws, naming the collection, slug and field, when a published
 * document is not a valid entry.
 */
export async function exportPublished(payload: Payload, { user }: { user?: TypedUser } = {}): Promise<PublishedExport> {
  const access = user ? { overrideAccess: false, user } : {}
  const read = async (collection: LibraryCollection) =>
    (await payload.find({ collection, where: { _status: { equals: 'published' } }, draft: false, depth: 0, limit: 0, pagination: false, ...access })).docs
  const docs = {
    sources: await read('sources'),
    situations: await read('situations'),
    strategies: await read('strategies'),
    'empathy-scripts': await read('empathy-scripts'),
    sops: await read('sops'),
  }
  return { library: libraryFromDocs(docs, await richTextFor(payload.config)), updated: publishedTimesOf(docs) }
}

/** The published library alone (`content:export` writes it to files, which carry no change times); see `exportPublished`. */
export async function exportLibrary(payload: Payload, options: { user?: TypedUser } = {}): Promise<Library> {
  return (await exportPublished(payload, options)).library
}
