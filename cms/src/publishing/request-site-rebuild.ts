import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { sitePublisher } from './site-publisher.ts'

/**
 * Resolves once the request's transaction has committed. Payload runs after-hooks inside the
 * transaction (and commits after them), so a build started from the hook straight away could
 * read the database before the change is there.
 */
function committed(req: PayloadRequest, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  return new Promise((resolve) => {
    const check = () => (req.transactionID && Date.now() < deadline ? setTimeout(check, 20) : resolve())
    check()
  })
}

type Doc = { slug?: string; _status?: string | null }

/** Publishing, unpublishing or editing a published entry asks for a site rebuild. Drafts of unpublished entries do not. */
export const requestSiteRebuildAfterChange: CollectionAfterChangeHook = ({ doc, previousDoc, req, collection }) => {
  const now = (doc as Doc)._status
  const before = (previousDoc as Doc | undefined)?._status
  if (now !== 'published' && before !== 'published') return doc
  const what = now === 'published' ? 'published' : 'unpublished'
  sitePublisher(req.payload)?.request(`${collection.slug} "${(doc as Doc).slug}" ${what}`, committed(req))
  return doc
}

/** Deleting a published entry asks for a site rebuild. */
export const requestSiteRebuildAfterDelete: CollectionAfterDeleteHook = ({ doc, req, collection }) => {
  if ((doc as Doc)._status === 'published') {
    sitePublisher(req.payload)?.request(`${collection.slug} "${(doc as Doc).slug}" deleted`, committed(req))
  }
  return doc
}
