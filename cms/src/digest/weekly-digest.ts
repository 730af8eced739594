import { FEEDBACK_VERDICTS, reviewToday } from '@kb/content'
import type { Payload, TypedUser } from 'payload'
import { feedbackSlug } from '../collections/slugs.ts'
import { createdIn, isoWeekOf, weekPeriod, type Period } from '../search-analytics/periods.ts'
import { searchSummary, type QueryRow } from '../search-analytics/search-summary.ts'
import { dueEntries, type DueEntry } from '../verification/due-entries.ts'
import { VERIFIABLE } from '../verification/verify-entry.ts'

/** Feedback items listed per digest at most (the count says how many there were). */
const MAX_FEEDBACK = 100

export interface DigestFeedback {
  id: number
  entryTitle: string
  /** `{ relationTo, value }` of the entry. */
  entry: { collection: string; id: number } | null
  verdict: string
  verdictLabel: string
  comment: string | null
  status: string
  /** ISO timestamp. */
  createdAt: string
  adminUrl: string
}

/** One owner's week, for the admin view and for a team's chat tool (`GET /api/digest`). */
export interface WeeklyDigest {
  owner: string
  /** ISO week, `2026-W48`, and its Monday–Sunday days. */
  week: string
  period: Period
  /** Entries of the owner due for review at the end of the week (or today, for the current week). */
  due: (DueEntry & { adminUrl: string })[]
  /** Feedback given this week on the owner's entries. */
  feedback: { count: number; open: number; items: DigestFeedback[] }
  /** Searches this week that showed the owner's entry first and had no result opened, most searched first. */
  failedSearches: QueryRow[]
}

export type DigestRequest = { ok: true; week: string; period: Period } | { ok: false; message: string }

/** The week a request names (`YYYY-Www`), by default the current one; a message naming `week` otherwise. */
export function digestWeek(week: string | undefined, today = reviewToday()): DigestRequest {
  const chosen = week?.trim() || isoWeekOf(today)
  const period = weekPeriod(chosen)
  return period ? { ok: true, week: chosen, period } : { ok: false, message: `week: expected an ISO week written YYYY-Www, e.g. "${isoWeekOf(today)}", not "${chosen}".` }
}

const labelOf = (verdict: string) => FEEDBACK_VERDICTS.find((item) => item.value === verdict)?.label ?? verdict
const adminUrl = (collection: string, id: number | string) => `/admin/collections/${collection}/${id}`

/**
 * The weekly digest of `owner` (an entry's `review.owner`, matched exactly) for the ISO week
 * `period`, read as `user` with their access (editors and admins see it all; anyone else sees
 * nothing): what is due, the week's feedback and the week's failed searches on their entries.
 */
export async function weeklyDigest(payload: Payload, user: TypedUser | null, owner: string, week: string, period: Period, today = reviewToday()): Promise<WeeklyDigest> {
  const asOf = period.to < today ? period.to : today
  const [dueForOwner, found, open, searches] = await Promise.all([
    dueEntries(payload, user, asOf, { owner }),
    payload.find({
      collection: feedbackSlug,
      where: { and: [createdIn(period), { owner: { equals: owner } }] },
      sort: '-createdAt',
      limit: MAX_FEEDBACK,
      depth: 0,
      user,
      overrideAccess: false,
    }),
    payload.count({ collection: feedbackSlug, where: { and: [createdIn(period), { owner: { equals: owner } }, { status: { equals: 'open' } }] }, user, overrideAccess: false }),
    searchSummary(payload, user, period, { owner }),
  ])
  const due = dueForOwner.map((entry) => ({ ...entry, adminUrl: adminUrl(entry.collection, entry.id) }))
  const items = found.docs.map((doc): DigestFeedback => ({
    id: doc.id,
    entryTitle: doc.entryTitle,
    entry: typeof doc.entry.value === 'number' ? { collection: doc.entry.relationTo, id: doc.entry.value } : { collection: doc.entry.relationTo, id: doc.entry.value.id },
    verdict: doc.verdict,
    verdictLabel: labelOf(doc.verdict),
    comment: doc.comment ?? null,
    status: doc.status,
    createdAt: doc.createdAt,
    adminUrl: adminUrl(feedbackSlug, doc.id),
  }))
  return { owner, week, period, due, feedback: { count: found.totalDocs, open: open.totalDocs, items }, failedSearches: searches.notOpened }
}

/** Every owner named on an entry (`review.owner`), sorted, for choosing whose digest to show. */
export async function entryOwners(payload: Payload, user: TypedUser | null): Promise<string[]> {
  const owners = new Set<string>()
  for (const collection of VERIFIABLE) {
    const { docs } = await payload.find({ collection, select: { review: true }, pagination: false, depth: 0, user, overrideAccess: false })
    for (const doc of docs) if (doc.review?.owner) owners.add(doc.review.owner)
  }
  return [...owners].sort((a, b) => a.localeCompare(b))
}
