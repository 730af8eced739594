import type { Payload } from 'payload'
import { publishedEntries, refKey, type EntryRef, type PublishedEntry } from '../feedback/published-entries.ts'

export interface EntryCacheOptions {
  /** How long an answer is reused, in milliseconds. Default 60,000. */
  ttlMs?: number
  /** Entries remembered at most; the oldest answers are forgotten first. Default 10,000. */
  maxEntries?: number
}

/**
 * Which entries are published, remembered for `ttlMs`: the search-event endpoint names the same
 * few entries in every report, and asking the database each time would cost more than storing
 * the events. An entry published or unpublished meanwhile is seen within `ttlMs`.
 */
export function publishedEntryCache(payload: () => Promise<Payload>, { ttlMs = 60_000, maxEntries = 10_000 }: EntryCacheOptions = {}) {
  const known = new Map<string, { entry: PublishedEntry | undefined; at: number }>()
  return async function lookUp(refs: readonly EntryRef[], now = Date.now()): Promise<Map<string, PublishedEntry | undefined>> {
    const answer = new Map<string, PublishedEntry | undefined>()
    const missing: EntryRef[] = []
    for (const ref of refs) {
      const hit = known.get(refKey(ref))
      if (hit && now - hit.at < ttlMs) answer.set(refKey(ref), hit.entry)
      else missing.push(ref)
    }
    if (missing.length === 0) return answer
    const found = await publishedEntries(await payload(), missing)
    for (const ref of missing) {
      const key = refKey(ref)
      known.delete(key)
      if (known.size >= maxEntries) known.delete(known.keys().next().value!)
      known.set(key, { entry: found.get(key), at: now })
      answer.set(key, found.get(key))
    }
    return answer
  }
}
