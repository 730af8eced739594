import type { Payload, TypedUser, Where } from 'payload'
import { searchEventsSlug } from '../collections/slugs.ts'
import { createdIn, trendBuckets, type Period } from './periods.ts'

/** Events read for one summary at most, newest first; a busier period is summarised from these (`truncated`). */
export const MAX_EVENTS_READ = 50_000
/** Events read per database page. */
const PAGE = 1_000
/** Rows per list. */
const ROWS = 50

/** One query (compared without case) over the period. */
export interface QueryRow {
  query: string
  /** Settled searches of it. */
  searches: number
  /** Of those, how many found nothing. */
  noResults: number
  /** Of those that found something, how many had a result opened. */
  opened: number
  /** Of those that found something, how many had none opened. */
  notOpened: number
  /** `YYYY-MM-DD` of the latest. */
  lastSeen: string
}

export interface TrendPoint {
  /** A day (`YYYY-MM-DD`) or an ISO week (`2026-W48`). */
  bucket: string
  searches: number
  noResults: number
  notOpened: number
}

export interface SearchSummary {
  period: Period
  /** Events read (all of the period's, unless `truncated`). */
  searches: number
  truncated: boolean
  /** Most searched open queries. */
  top: QueryRow[]
  /** Open queries that found nothing, most often first. */
  noResults: QueryRow[]
  /** Open queries that found something but never had a result opened, most searched first. */
  notOpened: QueryRow[]
  trend: { unit: 'day' | 'week'; points: TrendPoint[] }
}

export interface SummaryOptions {
  /** Only searches whose first result belonged to this owner (the weekly digest). */
  owner?: string
}

/**
 * Search analytics for a period, read as `user` (editors and admins; anyone else reads nothing and
 * gets an empty summary): the top searches, the searches with no results, those where nobody opened
 * a result, and per-day (or per-week) trends. Lists leave out queries an editor has handled (alias
 * added, draft opened, dismissed); trends count every search. Reads at most MAX_EVENTS_READ events,
 * a page at a time, so memory stays bounded whatever the period holds.
 */
export async function searchSummary(payload: Payload, user: TypedUser | null, period: Period, { owner }: SummaryOptions = {}): Promise<SearchSummary> {
  const { unit, buckets, bucketOf } = trendBuckets(period)
  const trend = new Map(buckets.map((bucket) => [bucket, { bucket, searches: 0, noResults: 0, notOpened: 0 }]))
  const rows = new Map<string, QueryRow>()
  const where: Where = owner === undefined ? createdIn(period) : { and: [createdIn(period), { owner: { equals: owner } }] }
  let read = 0
  let truncated = false
  for (let page = 1; ; page++) {
    const found = await payload.find({
      collection: searchEventsSlug,
      where,
      sort: '-createdAt',
      select: { query: true, results: true, openedRank: true, handled: true, createdAt: true },
      depth: 0,
      limit: PAGE,
      page,
      user,
      overrideAccess: false,
    })
    for (const event of found.docs) {
      const day = event.createdAt.slice(0, 10)
      const point = trend.get(bucketOf(day))
      const empty = event.results === 0
      const unopened = !empty && !event.openedRank
      if (point) {
        point.searches++
        if (empty) point.noResults++
        if (unopened) point.notOpened++
      }
      if (event.handled !== 'open') continue
      const key = event.query.toLowerCase()
      const row = rows.get(key) ?? { query: event.query, searches: 0, noResults: 0, opened: 0, notOpened: 0, lastSeen: day }
      row.searches++
      if (empty) row.noResults++
      else if (unopened) row.notOpened++
      else row.opened++
      rows.set(key, row)
    }
    read += found.docs.length
    if (!found.hasNextPage) break
    if (read >= MAX_EVENTS_READ) {
      truncated = true
      break
    }
  }
  const all = [...rows.values()]
  const byCount = (count: (row: QueryRow) => number) => (a: QueryRow, b: QueryRow) => count(b) - count(a) || b.lastSeen.localeCompare(a.lastSeen) || a.query.localeCompare(b.query)
  return {
    period,
    searches: read,
    truncated,
    top: all.sort(byCount((row) => row.searches)).slice(0, ROWS),
    noResults: all.filter((row) => row.noResults > 0).sort(byCount((row) => row.noResults)).slice(0, ROWS),
    notOpened: all.filter((row) => row.notOpened > 0 && row.opened === 0).sort(byCount((row) => row.notOpened)).slice(0, ROWS),
    trend: { unit, points: [...trend.values()] },
  }
}
