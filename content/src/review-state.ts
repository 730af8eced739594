import type { Review } from './schema/common.ts'

/**
 * Where an entry stands with its review, as of one day. Shared by the CMS (dashboard, verify
 * action), the site (verified line, due mark) and the machine-readable twins, so they agree.
 */
export interface ReviewState {
  /** The day the entry was last verified: `review.lastReviewed`, `YYYY-MM-DD`. */
  verifiedOn: string
  /** Who answers for it: `review.owner`, e.g. "Quality team". */
  verifiedBy: string
  /** The first day the entry is due again: `verifiedOn` + `reviewIntervalDays`, `YYYY-MM-DD`. */
  dueOn: string
  /** True from `dueOn` on: the interval has lapsed. */
  due: boolean
}

const DAY_MS = 24 * 60 * 60 * 1000
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** The calendar day (UTC) of an ISO date or timestamp, `YYYY-MM-DD`. Throws, naming it, on anything else. */
export function isoDay(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) throw new Error(`"${String(value)}" is not a date: expected YYYY-MM-DD or an ISO timestamp`)
  return date.toISOString().slice(0, 10)
}

/** A day for people, as the site writes it: `2027-03-12` → `12 Mar 2027`. */
export function formatDay(day: string): string {
  const [year, month, date] = isoDay(day).split('-')
  return `${Number(date)} ${MONTHS[Number(month) - 1]} ${year}`
}

/** The review state of an entry on `today` (a `YYYY-MM-DD` day or a Date; UTC days). */
export function reviewState(review: Review, today: string | Date): ReviewState {
  const verifiedOn = isoDay(review.lastReviewed)
  const dueOn = isoDay(new Date(Date.parse(`${verifiedOn}T00:00:00Z`) + review.reviewIntervalDays * DAY_MS))
  return { verifiedOn, verifiedBy: review.owner, dueOn, due: dueOn <= isoDay(today) }
}

/**
 * The day a build or a tool counts as today: `KB_TODAY` (`YYYY-MM-DD`, for tests and reproducible
 * builds) when set, otherwise the machine's current UTC day.
 */
export function reviewToday(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env.KB_TODAY ? isoDay(env.KB_TODAY) : isoDay(new Date())
}
