import { isoDay } from '@kb/content'

const DAY_MS = 24 * 60 * 60 * 1000
/** The longest period the analytics view reads at once, in days. */
export const MAX_PERIOD_DAYS = 366
/** Periods up to this many days trend per day; longer ones per ISO week. */
const DAILY_UP_TO_DAYS = 31

/** A span of whole UTC days, both ends included, `YYYY-MM-DD`. */
export interface Period {
  from: string
  to: string
}

export type ParsedPeriod = { ok: true; period: Period } | { ok: false; message: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (value: string) => DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && isoDay(value) === value
export const addDays = (day: string, days: number) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS))
export const daysIn = ({ from, to }: Period) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1

/**
 * The period `from`–`to` (`YYYY-MM-DD`, UTC days, both included) of a request; by default the seven
 * days ending `today`. Refuses, naming the field, a day that is not `YYYY-MM-DD`, a `from` after
 * `to` and a period longer than MAX_PERIOD_DAYS.
 */
export function parsePeriod(from: string | undefined, to: string | undefined, today: string): ParsedPeriod {
  const end = to?.trim() || today
  if (!isDay(end)) return { ok: false, message: `to: expected a day written YYYY-MM-DD, not "${end}".` }
  const start = from?.trim() || addDays(end, -6)
  if (!isDay(start)) return { ok: false, message: `from: expected a day written YYYY-MM-DD, not "${start}".` }
  if (start > end) return { ok: false, message: `from (${start}) must not be after to (${end}).` }
  const period = { from: start, to: end }
  if (daysIn(period) > MAX_PERIOD_DAYS) return { ok: false, message: `The period may span at most ${MAX_PERIOD_DAYS} days; ${start} to ${end} spans ${daysIn(period)}.` }
  return { ok: true, period }
}

/** The ISO week (`2026-W48`) a day falls in: weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`)
  const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS)
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  const week = Math.floor((thursday.getTime() - yearStart) / DAY_MS / 7) + 1
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/**
 * The Monday–Sunday period of an ISO week written `YYYY-Www` (`2026-W48` → 2026-11-23 to
 * 2026-11-29); `undefined` when `week` is not such a week.
 */
export function weekPeriod(week: string): Period | undefined {
  const match = /^(\d{4})-W(\d{2})$/.exec(week.trim())
  if (!match) return undefined
  const [year, number] = [Number(match[1]), Number(match[2])]
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const mondayOfWeek1 = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY_MS
  const from = isoDay(new Date(mondayOfWeek1 + (number - 1) * 7 * DAY_MS))
  return number >= 1 && isoWeekOf(from) === `${year}-W${match[2]}` ? { from, to: addDays(from, 6) } : undefined
}

/** The buckets a period trends in: each day up to DAILY_UP_TO_DAYS days, else each ISO week. */
export function trendBuckets(period: Period): { unit: 'day' | 'week'; buckets: string[]; bucketOf: (day: string) => string } {
  const unit = daysIn(period) <= DAILY_UP_TO_DAYS ? 'day' : 'week'
  const bucketOf = unit === 'day' ? (day: string) => day : isoWeekOf
  const buckets: string[] = []
  for (let day = period.from; day <= period.to; day = addDays(day, 1)) {
    const bucket = bucketOf(day)
    if (buckets.at(-1) !== bucket) buckets.push(bucket)
  }
  return { unit, buckets, bucketOf }
}

/** The period as a `createdAt` condition: from the first day's midnight (UTC) to before the day after the last. */
export const createdIn = ({ from, to }: Period) => ({
  and: [{ createdAt: { greater_than_equal: `${from}T00:00:00.000Z` } }, { createdAt: { less_than: `${addDays(to, 1)}T00:00:00.000Z` } }],
})
