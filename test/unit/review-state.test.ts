import { describe, expect, it } from 'vitest'
import { formatDay, reviewState, reviewToday } from '@kb/content'

const review = { owner: 'Quality team', lastReviewed: '2027-03-12', reviewIntervalDays: 180 }

describe('when an entry is due for review', () => {
  it('is current until its interval has passed and due from the day it lapses', () => {
    expect(reviewState(review, '2027-09-07')).toEqual({ verifiedOn: '2027-03-12', verifiedBy: 'Quality team', dueOn: '2027-09-08', due: false })
    expect(reviewState(review, '2027-09-08').due).toBe(true)
    expect(reviewState(review, '2030-01-01').due).toBe(true)
  })

  it('counts calendar days across month ends, leap days and the CMS timestamp form', () => {
    expect(reviewState({ ...review, lastReviewed: '2028-02-28', reviewIntervalDays: 1 }, '2028-02-29').dueOn).toBe('2028-02-29')
    expect(reviewState({ ...review, lastReviewed: '2026-11-01T00:00:00.000Z', reviewIntervalDays: 30 }, new Date('2026-12-01T08:00:00Z'))).toMatchObject({
      verifiedOn: '2026-11-01',
      dueOn: '2026-12-01',
      due: true,
    })
  })

  it('writes days as the site shows them', () => {
    expect(formatDay('2027-03-12')).toBe('12 Mar 2027')
    expect(formatDay('2026-11-01T00:00:00.000Z')).toBe('1 Nov 2026')
    expect(() => formatDay('last Tuesday')).toThrow(/"last Tuesday" is not a date/)
  })

  it('takes today from KB_TODAY when set, otherwise from the clock', () => {
    expect(reviewToday({ KB_TODAY: '2027-03-12' })).toBe('2027-03-12')
    expect(reviewToday({})).toBe(new Date().toISOString().slice(0, 10))
  })
})
