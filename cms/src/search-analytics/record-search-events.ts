import { redactQuery, SEARCH_QUERY_MAX, type SearchEvent } from '@kb/content'
import type { Payload } from 'payload'
import { publicEndpoint, type PublicEndpointOptions } from '../feedback/public-endpoint.ts'
import { refKey, type EntryRef, type PublishedEntry } from '../feedback/published-entries.ts'
import { publishedEntryCache, type EntryCacheOptions } from './entry-cache.ts'
import { eventWriter, type EventWriterOptions, type SearchEventData } from './event-writer.ts'
import { readSearchEvents } from './read-search-events.ts'

export interface SearchEventsEndpointOptions extends PublicEndpointOptions {
  /** The CMS, booted on first use. */
  payload: () => Promise<Payload>
  writer?: EventWriterOptions
  entries?: EntryCacheOptions
}

/** Text as stored: redacted (redact-query.ts), and cut to the stored length should a label make it longer. */
const redacted = (text: string) => redactQuery(text).slice(0, SEARCH_QUERY_MAX)

/** The stored document of one event; `top` is the published entry shown first (for its owner). */
function eventData(event: SearchEvent, top: PublishedEntry | undefined): SearchEventData {
  return {
    query: redacted(event.query),
    results: event.results,
    topEntry: event.top ? refKey(event.top) : null,
    owner: top?.owner ?? null,
    openedRank: event.opened?.rank ?? null,
    openedEntry: event.opened ? refKey(event.opened) : null,
    correctedTo: event.correctedTo === undefined ? null : redacted(event.correctedTo),
    fallback: event.fallback ?? null,
    verbatim: event.verbatim ?? false,
    handled: 'open',
  }
}

/**
 * `POST /api/search-events/report`, where the site's search reports settled queries (issue 13.3),
 * sent with `sendBeacon` when the page hides. Anonymous (a session cookie is never read), from the
 * site's pages only (403), rate limited (429), only `searchEventBatchSchema`'s shape naming only
 * published entries (400 otherwise, nothing written). Every query is redacted before it is
 * stored. An accepted report is queued and answered at once, 202 (or 202 with `{ message, queued }`
 * to a script asking for JSON); its events are stored together, in the background, with others
 * (event-writer.ts). A full queue answers 429 with `Retry-After: 5`. `drained()` resolves once
 * everything accepted so far is stored.
 */
export function recordSearchEventsHandlers({ payload, writer: writerOptions, entries: cacheOptions, ...options }: SearchEventsEndpointOptions) {
  const writer = eventWriter(payload, writerOptions)
  const lookUp = publishedEntryCache(payload, cacheOptions)
  const handlers = publicEndpoint(options, { noun: 'search reports', many: true }, async (request, _origin, answer) => {
    const read = await readSearchEvents(request)
    if (!read.ok) return answer(request, 400, read.message)
    const { events } = read.batch
    const refs = events.flatMap((event): EntryRef[] => [event.top, event.opened].filter((ref) => ref !== undefined))
    const entries = await lookUp(refs)
    const missing = refs.find((ref) => !entries.get(refKey(ref)))
    if (missing) return answer(request, 400, `There is no published ${missing.entryType} "${missing.slug}": a search report may name only published entries.`)
    if (!writer.add(events.map((event) => eventData(event, event.top && entries.get(refKey(event.top)))))) {
      const response = answer(request, 429, 'The knowledge base is busy storing other searches. Send them again in a few seconds.')
      response.headers.set('retry-after', '5')
      return response
    }
    if ((request.headers.get('accept') ?? '').includes('application/json')) {
      return Response.json({ message: `Accepted ${events.length} search${events.length === 1 ? '' : 'es'}.`, queued: events.length }, { status: 202, headers: handlers.corsHeaders(request) })
    }
    return new Response(null, { status: 202, headers: handlers.corsHeaders(request) })
  })
  return { POST: handlers.POST, OPTIONS: handlers.OPTIONS, drained: writer.drained }
}
