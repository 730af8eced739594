import { FEEDBACK_ENTRY_PATHS, type FeedbackEntryType, type FeedbackInput } from '@kb/content'
import type { Payload } from 'payload'
import { empathyScriptsSlug, feedbackSlug, situationsSlug, sopsSlug, strategiesSlug } from '../collections/slugs.ts'
import { clientKey, type RateLimiter } from './rate-limit.ts'
import { readFeedback } from './read-feedback.ts'

const COLLECTION_OF = {
  script: empathyScriptsSlug,
  strategy: strategiesSlug,
  sop: sopsSlug,
  situation: situationsSlug,
} as const satisfies Record<FeedbackEntryType, string>

export interface FeedbackEndpointOptions {
  /** The CMS, booted on first use. */
  payload: () => Promise<Payload>
  /** The public site's address (SITE_URL): the only page origin allowed to post, and where a form post returns to. */
  siteUrl: string
  /** Per client (`clientKey`). */
  limiter: RateLimiter
  /** All clients together: a backstop against one client posing as many. */
  globalLimiter?: RateLimiter
  /** Posts handled at once; more are refused (429) rather than queued behind the database. Default 16. */
  maxInFlight?: number
}

/**
 * The page origins allowed to post: the site's, and on a loopback address its twin (`localhost`
 * and `127.0.0.1` are the same machine, and `pnpm start` is opened by either name).
 */
export function siteOrigins(siteUrl: string): string[] {
  const url = new URL(siteUrl)
  const twin = { localhost: '127.0.0.1', '127.0.0.1': 'localhost' }[url.hostname]
  if (!twin) return [url.origin]
  const other = new URL(url.origin)
  other.hostname = twin
  return [url.origin, other.origin]
}

/** The published entry a post names, or `undefined` when none is published under that type and slug. */
async function publishedEntry(payload: Payload, { entryType, slug }: FeedbackInput) {
  const collection = COLLECTION_OF[entryType]
  const found = await payload.find({
    collection,
    where: { and: [{ slug: { equals: slug } }, { _status: { equals: 'published' } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
  })
  const entry = found.docs[0]
  return entry ? { collection, id: entry.id, title: entry.title, owner: entry.review?.owner ?? null } : undefined
}

/**
 * `POST /api/feedback/submit`, the public end of "Did this help?": anonymous (a session cookie is
 * never read, so no editor's rights apply), rate limited per client (429), only the shape
 * `feedbackInputSchema` allows and only for a published entry (400 otherwise, nothing written),
 * only from the site's own pages when a browser says where it comes from (403). A form post is
 * answered `303` back to the entry page's `#feedback-thanks`; a script asking for JSON gets 201.
 */
export function submitFeedbackHandlers({ payload, siteUrl, limiter, globalLimiter, maxInFlight = 16 }: FeedbackEndpointOptions) {
  let inFlight = 0
  const origins = siteOrigins(siteUrl)
  const corsHeaders = (request: Request): Record<string, string> => {
    const origin = request.headers.get('origin')
    return origin !== null && origins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : { vary: 'Origin' }
  }
  const answer = (request: Request, status: number, message: string): Response => {
    const headers = corsHeaders(request)
    if ((request.headers.get('accept') ?? '').includes('application/json')) {
      return Response.json(status < 300 ? { message } : { errors: [{ message }] }, { status, headers })
    }
    return new Response(`${message}\n`, { status, headers: { ...headers, 'content-type': 'text/plain; charset=utf-8' } })
  }

  /** Reads, checks and stores one post, and answers it (400, 201 or 303). */
  const store = async (request: Request, origin: string | null): Promise<Response> => {
    const read = await readFeedback(request)
    if (!read.ok) return answer(request, 400, read.message)
    const cms = await payload()
    const entry = await publishedEntry(cms, read.input)
    if (!entry) return answer(request, 400, `There is no published ${read.input.entryType} "${read.input.slug}" to give feedback on.`)
    await cms.create({
      collection: feedbackSlug,
      data: {
        entry: { relationTo: entry.collection, value: entry.id },
        entryTitle: entry.title,
        owner: entry.owner,
        verdict: read.input.verdict,
        comment: read.input.comment ?? null,
        status: 'open',
      },
      overrideAccess: true,
    })
    // Back to the page on the address it was opened at (either loopback name), else SITE_URL.
    const back = origin !== null && origins.includes(origin) ? origin : siteUrl
    const page = new URL(`${FEEDBACK_ENTRY_PATHS[read.input.entryType](read.input.slug)}#feedback-thanks`, back)
    if ((request.headers.get('accept') ?? '').includes('application/json')) return answer(request, 201, 'Thanks: your feedback goes to the entry’s owner.')
    return new Response(null, { status: 303, headers: { ...corsHeaders(request), location: page.href } })
  }

  return {
    POST: async (request: Request): Promise<Response> => {
      const origin = request.headers.get('origin')
      if (origin !== null && !origins.includes(origin)) {
        return answer(request, 403, `Feedback is accepted only from the knowledge base's own pages (${origins.join(', ')}), not from ${origin}. Set SITE_URL to the site's address.`)
      }
      if (!limiter.take(clientKey(request)) || (globalLimiter && !globalLimiter.take('*'))) {
        const response = answer(request, 429, 'Too much feedback from this address at once. Wait a minute and send it again.')
        response.headers.set('retry-after', '60')
        return response
      }
      if (inFlight >= maxInFlight) {
        const response = answer(request, 429, 'The knowledge base is busy with other feedback. Send it again in a few seconds.')
        response.headers.set('retry-after', '5')
        return response
      }
      inFlight++
      try {
        return await store(request, origin)
      } finally {
        inFlight--
      }
    },
    /** Preflight for scripts on the site that post JSON. */
    OPTIONS: async (request: Request): Promise<Response> =>
      new Response(null, {
        status: 204,
        headers: { ...corsHeaders(request), 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type, accept', 'access-control-max-age': '600' },
      }),
  }
}
