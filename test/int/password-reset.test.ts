/**
 * Issue 11.8: "forgot password" works, for known and unknown emails alike (the same answer, so it
 * tells nobody which emails have accounts), and the reset link it makes lets the owner sign in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'

let cms: BootedCms

beforeAll(async () => {
  cms = await bootCms()
  await createActors(cms.payload)
})
afterAll(async () => cms?.close())

const forgot = (email: string) => rest('POST', 'users/forgot-password', { body: { email } })

describe('asking for a password reset', () => {
  it('answers a known email with 200 and stores a reset token', async () => {
    const response = await forgot('editor@kb.test')
    expect(response.status).toBe(200)
    const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: 'editor@kb.test' } }, showHiddenFields: true })
    expect(docs[0]?.resetPasswordToken).toEqual(expect.any(String))
  })

  it('answers an unknown email exactly as a known one', async () => {
    const known = await forgot('admin@kb.test')
    const unknown = await forgot('nobody@kb.test')
    expect(unknown.status).toBe(known.status)
    expect(unknown.body).toEqual(known.body)
  })

  it('lets the owner set a new password with the token and sign in with it', async () => {
    await forgot('tool@kb.test')
    const { docs } = await cms.payload.find({ collection: 'users', where: { email: { equals: 'tool@kb.test' } }, showHiddenFields: true })
    const token = docs[0]!.resetPasswordToken!
    const reset = await rest('POST', 'users/reset-password', { body: { token, password: 'a-brand-new-passphrase-42' } })
    expect(reset.status).toBe(200)
    const login = await rest('POST', 'users/login', { body: { email: 'tool@kb.test', password: 'a-brand-new-passphrase-42' } })
    expect(login.status).toBe(200)
  })
})

describe('asking again at once', () => {
  it('refuses a second request for the same address with 429, known or not', async () => {
    await forgot('throttled@kb.test')
    const again = await forgot('throttled@kb.test')
    expect(again.status).toBe(429)
    expect(again.body.errors[0].message).toMatch(/try again in \d+ s/i)
  })
})
