import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'

/**
 * Wrong passwords slow the client that sends them, per account, and never lock the owner out;
 * an unknown email gets the same answers in about the same time (issue 11.4).
 */
let cms: BootedCms
const PASSWORD = 'correct-horse-battery-staple'

beforeAll(async () => {
  cms = await bootCms()
  await createActors(cms.payload)
})
afterAll(async () => cms?.close())

/** Signs in over REST from the client at `address` (the address Next's server appends to X-Forwarded-For). */
const signIn = (email: string, password: string, address: string) =>
  rest('POST', 'users/login', { body: { email, password }, headers: { 'x-forwarded-for': address } })
const message = (body: { errors?: { message: string }[] }) => body.errors?.[0]?.message

describe('wrong passwords', () => {
  it('slow the client that sends them (429 with Retry-After), and leave the owner able to sign in', async () => {
    const attacker = '203.0.113.7'
    for (let attempt = 0; attempt < 5; attempt++) expect((await signIn('editor@kb.test', 'guess', attacker)).status).toBe(401)
    const throttled = await signIn('editor@kb.test', PASSWORD, attacker)
    expect(throttled.status).toBe(429)
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(29)
    expect(message(throttled.body)).toMatch(/Too many failed sign-ins from this address\. Try again in \d+ s/)
    // A second attacker address does the same; the account itself is never locked.
    for (let attempt = 0; attempt < 6; attempt++) await signIn('editor@kb.test', 'guess', '198.51.100.4')
    const owner = await signIn('editor@kb.test', PASSWORD, '192.0.2.10')
    expect(owner.status, JSON.stringify(owner.body)).toBe(200)
  })

  it('are forgiven once the client signs in', async () => {
    const address = '192.0.2.20'
    for (let attempt = 0; attempt < 4; attempt++) expect((await signIn('admin@kb.test', 'guess', address)).status).toBe(401)
    expect((await signIn('admin@kb.test', PASSWORD, address)).status).toBe(200)
    for (let attempt = 0; attempt < 4; attempt++) expect((await signIn('admin@kb.test', 'guess', address)).status).toBe(401)
  })
})

describe('an unknown email', () => {
  it('gets the same answers as a known one, wrong password after wrong password', async () => {
    const answers = async (email: string, address: string) => {
      const seen: string[] = []
      for (let attempt = 0; attempt < 6; attempt++) {
        const response = await signIn(email, 'guess', address)
        seen.push(`${response.status} ${message(response.body)?.replace(/\d+ s/, 'N s')}`)
      }
      return seen
    }
    expect(await answers('nobody@kb.test', '203.0.113.30')).toEqual(await answers('tool@kb.test', '203.0.113.31'))
  })

  it('takes about as long to refuse as a wrong password for a real account', async () => {
    const time = async (email: string, address: string) => {
      const started = performance.now()
      expect((await signIn(email, 'guess', address)).status).toBe(401)
      return performance.now() - started
    }
    const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const known: number[] = []
    const unknown: number[] = []
    for (let round = 0; round < 5; round++) {
      known.push(await time('editor@kb.test', `203.0.113.${40 + round}`))
      unknown.push(await time(`nobody-${round}@kb.test`, `203.0.113.${50 + round}`))
    }
    console.info(`sign-in refusal, median of 5: known email ${median(known).toFixed(0)} ms, unknown email ${median(unknown).toFixed(0)} ms`)
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5)
    expect(median(unknown)).toBeLessThan(median(known) * 2)
  })
})
