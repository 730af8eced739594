import { describe, expect, it } from 'vitest'
import { isRedacted, redactQuery } from '@kb/content'

describe('redacting what agents type into search', () => {
  it.each([
    ['refund for order 1234567 never arrived', 'refund for order [number] never arrived'],
    ['customer jane.doe+kb@example.co.uk says charged twice', 'customer [email] says charged twice'],
    ['card 4111 1111 1111 1111 declined', 'card [card] declined'],
    ['card 4111-1111-1111-1111 declined', 'card [card] declined'],
    ['call back on 07700 900123 tomorrow', 'call back on [phone] tomorrow'],
    ['+44 20 7946 0958 wants a manager', '[phone] wants a manager'],
    ['caller (555) 123-4567 angry', 'caller [phone] angry'],
    ['delivery to SW1A 1AA late', 'delivery to [postcode] late'],
    ['parcel for M1 1AE missing', 'parcel for [postcode] missing'],
    ['address K1A 0B1 wrong', 'address [postcode] wrong'],
    ['zip 90210 outage', 'zip [number] outage'],
    ['account 00012345 locked', 'account [number] locked'],
    ['customer 555-123-4567 wants refund', 'customer [phone] wants refund'],
    ['+1 (555) 123-4567 callback', '[phone] callback'],
    ['amex 3782 822463 10005 charged twice', 'amex [card] charged twice'],
    ['card 4111111111111111 declined', 'card [card] declined'],
    ['JOHN.SMITH@GMAIL.COM locked out', '[email] locked out'],
    ['EC1A 1BB delivery missed', '[postcode] delivery missed'],
    ['order #A12345 missing', 'order #A[number] missing'],
    ['dob 12/03/1985 verify', 'dob 12/03/[number] verify'],
  ])('turns %j into %j', (query, redacted) => {
    expect(redactQuery(query)).toBe(redacted)
  })

  it.each([
    'waited 45 minutes on hold',
    'error 404 on checkout',
    'refund after 30 days',
    'customer wants a manager',
    'delivery on 12/03 late',
    '2fa code not arriving',
    'sorry for the wait',
  ])('keeps %j as typed', (query) => {
    expect(redactQuery(query)).toBe(query)
  })

  it('collapses whitespace and redacts every occurrence', () => {
    expect(redactQuery('  order 123456   and   order 654321 ')).toBe('order [number] and order [number]')
  })

  it('tells a query with a redacted part from one with other brackets', () => {
    for (const query of ['refund 123456', 'mail me at jo@example.com', 'SW1A 1AA', '4111 1111 1111 1111', '+44 20 7946 0958']) {
      expect(isRedacted(redactQuery(query)), query).toBe(true)
    }
    expect(isRedacted('press [enter] to search')).toBe(false)
    expect(isRedacted('error 404')).toBe(false)
  })
})
