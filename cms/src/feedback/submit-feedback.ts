import { FEEDBACK_ENTRY_PATHS, type FeedbackInput } from '@kb/content'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { feedbackSlug } from '../collections/slugs.ts'
import { groupCommit } from './group-commit.ts'
import { publicEndpoint, type PublicEndpointOptions } from './public-endpoint.ts'
import { publishedEntries, refKey } from './published-entries.ts'
import { readFeedback } from './read-feedback.ts'

export interface FeedbackEndpointOptions extends PublicEndpointOptions {
  /** The CMS, booted on first use. */
  payload: () => Promise<Payload>
}

/** The published entry a post names, or `undefined` when none is published under that type and slug. */
async function publishedEntry(payload: Payload, input: FeedbackInput) {
  return (await publishedEntries(payload, [input])).get(refKey(input))
}

/**
 * `POST /api/feedback/submit`, the public end of "Did this help?": anonymous (a session cookie is
 * never read, so no editor's rights apply), rate limited per client (429), only the shape
 * `feedbackInputSchema` allows and only for a published entry (400 otherwise, nothing written),
 * only from the site's own pages when a browser says where it comes from (403). A form post is
 * answered `303` back to the entry page's `#feedback-thanks`; a script asking for JSON gets 201.
 */
export function submitFeedbackHandlers({ payload, ...options }: FeedbackEndpointOptions) {
  // Posts arriving together are stored in one transaction; each is answered once its own is committed.
  const store = groupCommit(payload, (cms, req, data: RequiredDataFromCollectionSlug<'feedback'>) =>
    cms.create({ collection: feedbackSlug, data, depth: 0, req, overrideAccess: true }),
  )
  const handlers = publicEndpoint(options, { noun: 'feedback', many: false }, async (request, origin, answer) => {
    const read = await readFeedback(request)
    if (!read.ok) return answer(request, 400, read.message)
    const cms = await payload()
    const entry = await publishedEntry(cms, read.input)
    if (!entry) return answer(request, 400, `There is no published ${read.input.entryType} "${read.input.slug}" to give feedback on.`)
    await store({
      entry: { relationTo: entry.collection, value: entry.id },
      entryTitle: entry.title,
      owner: entry.owner,
      verdict: read.input.verdict,
      comment: read.input.comment ?? null,
      status: 'open',
    })
    // Back to the page on the address it was opened at (either loopback name), else SITE_URL.
    const back = origin !== null && handlers.origins.includes(origin) ? origin : options.siteUrl
    const page = new URL(`${FEEDBACK_ENTRY_PATHS[read.input.entryType](read.input.slug)}#feedback-thanks`, back)
    if ((request.headers.get('accept') ?? '').includes('application/json')) return answer(request, 201, 'Thanks: your feedback goes to the entry’s owner.')
    return new Response(null, { status: 303, headers: { ...handlers.corsHeaders(request), location: page.href } })
  })
  return { POST: handlers.POST, OPTIONS: handlers.OPTIONS }
}
