import { reviewState } from '@kb/content'
import type { Payload, TypedUser } from 'payload'
import { VERIFIABLE, type VerifiableSlug } from './verify-entry.ts'

/** An entry whose review interval has lapsed, as the dashboard lists it. */
export interface DueEntry {
  collection: VerifiableSlug
  id: number
  title: string
  owner: string
  /** `YYYY-MM-DD`: the last verification, and the day it fell due. */
  verifiedOn: string
  dueOn: string
}

/**
 * Every entry due for review on `today` (`YYYY-MM-DD`) in `collections` (all verifiable ones by
 * default), of one `owner` when given (matched exactly), read as `user` (their access applies),
 * from the stored documents' review groups (`review.owner`, `lastReviewed`, `reviewIntervalDays`;
 * entries without all three are never due). Sorted with `user`'s own entries first (owner equal
 * to their name or email), then longest overdue first.
 */
export async function dueEntries(
  payload: Payload,
  user: TypedUser | null,
  today: string,
  { collections = VERIFIABLE, owner }: { collections?: readonly VerifiableSlug[]; owner?: string } = {},
): Promise<DueEntry[]> {
  const due: DueEntry[] = []
  for (const collection of collections) {
    const { docs } = await payload.find({
      collection,
      select: { title: true, review: true },
      ...(owner === undefined ? {} : { where: { 'review.owner': { equals: owner } } }),
      pagination: false,
      depth: 0,
      user,
      overrideAccess: false,
    })
    for (const doc of docs) {
      const review = doc.review
      if (!review?.owner || !review.lastReviewed || !review.reviewIntervalDays) continue
      const state = reviewState({ owner: review.owner, lastReviewed: review.lastReviewed, reviewIntervalDays: review.reviewIntervalDays }, today)
      if (state.due) due.push({ collection, id: doc.id, title: doc.title, owner: review.owner, verifiedOn: state.verifiedOn, dueOn: state.dueOn })
    }
  }
  const mine = new Set([user?.name, user?.email].filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase()))
  const rank = (entry: DueEntry) => (mine.has(entry.owner.toLowerCase()) ? 0 : 1)
  return due.sort((a, b) => rank(a) - rank(b) || (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.title.localeCompare(b.title)))
}
