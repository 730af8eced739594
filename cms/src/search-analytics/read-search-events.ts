import { searchEventBatchSchema, type SearchEventBatch } from '@kb/content'
import { readTextAtMost } from '../api/read-at-most.ts'

/** The largest report read, in bytes: 20 events of 200-character queries fit in well under this. */
export const MAX_SEARCH_EVENTS_BYTES = 16 * 1024

/**
 * The body types taken: JSON as `sendBeacon` sends a string (`text/plain`, which needs no CORS
 * preflight) or as a script posts it (`application/json`).
 */
const JSON_TYPES = new Set(['text/plain', 'application/json'])

export type ReadSearchEvents = { ok: true; batch: SearchEventBatch } | { ok: false; message: string }

/**
 * Reads one report of settled searches: a JSON object `{ "events": [...] }` of at most
 * MAX_SEARCH_EVENTS_BYTES, checked against the shared `searchEventBatchSchema`. Says which field
 * was wrong when it is not that shape.
 */
export async function readSearchEvents(request: Request): Promise<ReadSearchEvents> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!JSON_TYPES.has(type)) return { ok: false, message: `Expected a JSON body (text/plain or application/json), not "${type || 'no content type'}".` }
  const text = await readTextAtMost(request, MAX_SEARCH_EVENTS_BYTES)
  if (text === undefined) return { ok: false, message: `The report is larger than ${MAX_SEARCH_EVENTS_BYTES} bytes.` }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, message: 'The report is not valid JSON: expected {"events": [...]}.' }
  }
  const parsed = searchEventBatchSchema.safeParse(value)
  if (parsed.success) return { ok: true, batch: parsed.data }
  const problems = parsed.error.issues.slice(0, 5).map((issue) => `${issue.path.map(String).join('.') || 'body'}: ${issue.message}`)
  return { ok: false, message: `The report was not accepted: ${problems.join('; ')}.` }
}
