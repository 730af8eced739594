import { redactQuery, SEARCH_QUERY_MAX, type SearchEvent } from '@kb/content'
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type RequiredDataFromCollectionSlug } from 'payload'
import { searchEventsSlug } from '../collections/slugs.ts'
import { publicEndpoint, type PublicEndpointOptions } from '../feedback/public-endpoint.ts'
import { publishedEntries, refKey, type EntryRef, type PublishedEntry } from '../feedback/published-entries.ts'
import { readSearchEvents } from './read-search-events.ts'

export interface SearchEventsEndpointOptions extends PublicEndpointOptions {
  /** The CMS, booted on first use. */
  payload: () => Promise<Payload>
}

/** Text as stored: redacted (redact-query.ts), and cut to the stored length should a label make it longer. */
const redacted = (text: string) => redactQuery(text).slice(0, SEARCH_QUERY_MAX)

/** The stored document of one event, its entries resolved to the published ones found. */
function eventData(event: SearchEvent, entries: Map<string, PublishedEntry>): RequiredDataFromCollectionSlug<'search-events'> {
  const top = event.top && entries.get(refKey(event.top))
  const opened = event.opened && entries.get(refKey(event.opened))
  return {
    query: redacted(event.query),
    results: event.results,
    topEntry: top ? { relationTo: top.collection, value: top.id } : null,
    owner: top?.owner ?? null,
    openedRank: event.opened?.rank ?? null,
    openedEntry: opened ? { relationTo: opened.collection, value: opened.id } : null,
    correctedTo: event.correctedTo === undefined ? null : redacted(event.correctedTo),
    fallback: event.fallback ?? null,
    verbatim: event.verbatim ?? false,
    handled: 'open',
  }
}

/**
 * `POST /api/search-events/report`, where the site's search reports settled queries (issue 13.3), sent
 * with `sendBeacon` when the page hides. Anonymous (a session cookie is never read), from the
 * site's pages only (403), rate limited (429), only `searchEventBatchSchema`'s shape naming only
 * published entries (400 otherwise, nothing written). Every query is redacted before it is stored;
 * a report's events are stored together or not at all (one transaction). Answers 204, or 201 with
 * `{ message, stored }` to a script asking for JSON.
 */
export function recordSearchEventsHandlers({ payload, ...options }: SearchEventsEndpointOptions) {
  const handlers = publicEndpoint(options, { noun: 'search reports', many: true }, async (request, _origin, answer) => {
    const read = await readSearchEvents(request)
    if (!read.ok) return answer(request, 400, read.message)
    const { events } = read.batch
    const cms = await payload()
    const refs = events.flatMap((event): EntryRef[] => [event.top, event.opened].filter((ref) => ref !== undefined))
    const entries = await publishedEntries(cms, refs)
    const missing = refs.find((ref) => !entries.has(refKey(ref)))
    if (missing) return answer(request, 400, `There is no published ${missing.entryType} "${missing.slug}": a search report may name only published entries.`)
    const req = await createLocalReq({}, cms)
    const ownsTransaction = await initTransaction(req)
    try {
      for (const event of events) await cms.create({ collection: searchEventsSlug, data: eventData(event, entries), depth: 0, req, overrideAccess: true })
      if (ownsTransaction) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
    if ((request.headers.get('accept') ?? '').includes('application/json')) {
      const response = answer(request, 201, `Stored ${events.length} search${events.length === 1 ? '' : 'es'}.`)
      return Response.json({ ...(await response.json()), stored: events.length }, { status: 201, headers: response.headers })
    }
    return new Response(null, { status: 204, headers: handlers.corsHeaders(request) })
  })
  return { POST: handlers.POST, OPTIONS: handlers.OPTIONS }
}
