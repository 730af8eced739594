import { describe, expect, it } from 'vitest'
import { feedbackInputSchema } from '@kb/content'
import { clientKey, rateLimiter } from '../../cms/src/feedback/rate-limit.ts'
import { siteOrigins } from '../../cms/src/feedback/public-endpoint.ts'

const valid = { entryType: 'sop', slug: 'late-parcel-call', verdict: 'didnt-work', comment: '  The customer wanted a refund, not a new date.  ' }

describe('the feedback shape', () => {
  it('keeps a verdict and a trimmed plain-text comment; an empty comment counts as none', () => {
    expect(feedbackInputSchema.parse(valid)).toEqual({ ...valid, comment: 'The customer wanted a refund, not a new date.' })
    expect(feedbackInputSchema.parse({ ...valid, comment: '   ' }).comment).toBeUndefined()
    expect(feedbackInputSchema.parse({ ...valid, comment: 'Price went up 5 < 10 <3' }).comment).toBe('Price went up 5 < 10 <3')
  })

  it.each([
    ['markup', { ...valid, comment: 'a <b>bold</b> claim' }, /HTML tags/],
    ['an HTML comment', { ...valid, comment: 'x <!-- y -->' }, /HTML tags/],
    ['control characters', { ...valid, comment: 'bell\u0007' }, /control characters/],
    ['1,001 characters', { ...valid, comment: 'y'.repeat(1001) }, /at most 1000/],
    ['an unknown verdict', { ...valid, verdict: 'great' }, /expected one of helped/],
    ['a slug with spaces', { ...valid, slug: 'Late parcel' }, /lowercase words/],
    ['an extra field', { ...valid, name: 'Sam' }, /Unrecognized key/],
  ])('refuses %s', (_name, input, message) => {
    const result = feedbackInputSchema.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message).join(' ')).toMatch(message)
  })
})

describe('the per-client rate limit', () => {
  it('allows a burst, then one request per refill interval, per client', () => {
    const limiter = rateLimiter({ burst: 2, refillMs: 1000 })
    expect([limiter.take('a', 0), limiter.take('a', 0), limiter.take('a', 0)]).toEqual([true, true, false])
    expect(limiter.take('b', 0)).toBe(true)
    expect(limiter.take('a', 999)).toBe(false)
    expect(limiter.take('a', 1500)).toBe(true)
  })

  it('keys a client by the last forwarded hop', () => {
    const request = (headers: Record<string, string>) => new Request('http://kb.test/', { headers })
    expect(clientKey(request({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7' }))).toBe('203.0.113.7')
    expect(clientKey(request({ 'x-real-ip': '198.51.100.2' }))).toBe('198.51.100.2')
    expect(clientKey(request({}))).toBe('unknown')
  })
})

describe('the pages allowed to post feedback', () => {
  it('are the site origin, and on loopback the same port under its other name', () => {
    expect(siteOrigins('https://kb.example.com/')).toEqual(['https://kb.example.com'])
    expect(siteOrigins('http://localhost:4321')).toEqual(['http://localhost:4321', 'http://127.0.0.1:4321'])
    expect(siteOrigins('http://127.0.0.1:8080/kb/')).toEqual(['http://127.0.0.1:8080', 'http://localhost:8080'])
  })
})
