import type { AgentVocabulary, Library, PublishedTimes } from '@kb/content'
import type { Endpoint, Payload, PayloadRequest, TypedUser } from 'payload'
import { exportAgentVocabulary } from './agent-vocabulary.ts'
import { PART_COLLECTIONS } from './collections.ts'
import { exportPublished } from './export-library.ts'

/**
 * Most published entries one answer carries: ten times the 1,000-entry library the publish bar of
 * issue 12 is set at. Past it the endpoint refuses (503) rather than hold an unbounded library in memory.
 */
export const MAX_PUBLISHED_ENTRIES = 10_000
/** Whole-library reads running at once in one CMS process; each holds the library in memory, so more wait (429). */
const MAX_CONCURRENT_READS = 2
/** Seconds a client told 429 should wait before asking again (RFC 9110 §10.2.3). */
const RETRY_AFTER_SECONDS = 2

const refusal = (status: number, message: string, headers: Record<string, string> = {}) =>
  Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store', ...headers } })

/**
 * The whole published library as JSON in the shared schema's shape (`librarySchema` in content/):
 * entries by part, relations by slug, rich text already converted to the library's Markdown, so
 * a reader needs neither Payload nor Lexical, plus `vocabulary`: the published agent vocabulary
 * (`agentVocabularySchema`'s shape; null when none is published), plus `updated`: when each entry's
 * published version last changed, by part and slug (`publishedTimesSchema`'s shape, ISO timestamps;
 * the entry schemas have no such field). Published versions only, never a draft. With `user`,
 * read with that user's access; without, as the CMS (a site build). Answers 200 with the library;
 * 503 past MAX_PUBLISHED_ENTRIES; 409 naming the collection, entry and field when a published
 * document does not make a valid entry (the site could not be built from it either).
 */
export async function publishedLibraryResponse(payload: Payload, user?: TypedUser): Promise<Response> {
  const access = user ? { overrideAccess: false, user } : {}
  const counts = await Promise.all(
    PART_COLLECTIONS.map(([, collection]) => payload.count({ collection, where: { _status: { equals: 'published' } }, ...access })),
  )
  const total = counts.reduce((sum, { totalDocs }) => sum + totalDocs, 0)
  if (total > MAX_PUBLISHED_ENTRIES) {
    return refusal(503, `The published library has ${total} entries, more than this endpoint serves in one answer (${MAX_PUBLISHED_ENTRIES}).`)
  }
  let library: Library & { vocabulary: AgentVocabulary | null; updated: PublishedTimes }
  try {
    const [{ library: entries, updated }, vocabulary] = await Promise.all([exportPublished(payload, { user }), exportAgentVocabulary(payload)])
    library = { ...entries, vocabulary: vocabulary ?? null, updated }
  } catch (error) {
    return refusal(409, `The published library cannot be served as it is: ${error instanceof Error ? error.message : String(error)}`)
  }
  return Response.json(library, { headers: { 'cache-control': 'no-store' } })
}

let reading = 0

/**
 * `GET /api/library/published`: the published library for tools and remote site builds
 * (`CMS_URL` + `CMS_API_KEY`; see `publishedLibraryResponse`). Signed-in users and API keys of any
 * role (reader, editor, admin); anonymous visitors get 401, since it is every entry in one answer
 * where they may only page through 100 at a time. At most MAX_CONCURRENT_READS at once per
 * process; past that 429 with `Retry-After`.
 */
export const publishedLibraryEndpoint: Endpoint = {
  path: '/library/published',
  method: 'get',
  handler: async (req: PayloadRequest) => {
    if (!req.user) {
      return refusal(401, 'Sign in, or send "Authorization: users API-Key <key>" (an admin turns on keys under Users; a Reader account is enough).', {
        'www-authenticate': 'API-Key realm="kb", header="Authorization: users API-Key <key>"',
      })
    }
    if (reading >= MAX_CONCURRENT_READS) {
      return refusal(429, `The published library is being read ${reading} times already; try again in ${RETRY_AFTER_SECONDS} s.`, {
        'retry-after': String(RETRY_AFTER_SECONDS),
      })
    }
    reading++
    try {
      return await publishedLibraryResponse(req.payload, req.user)
    } finally {
      reading--
    }
  },
}
