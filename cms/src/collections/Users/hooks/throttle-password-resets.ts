import { APIError, type CollectionBeforeOperationHook, type CollectionSlug } from 'payload'

/** One reset request per email address per this many ms (Payload's own default interval). */
export const RESET_INTERVAL_MS = 15_000
const MAX_TRACKED = 10_000

const lastRequestAt = new Map<string, number>()

/**
 * Throttles "forgot password" per email address, known or not, so nobody can flood an inbox and
 * the answer never tells which addresses have accounts. Replaces Payload's own throttle
 * (`auth.forgotPassword.minRequestInterval`), which reserves the request with a write outside
 * the operation's transaction (`payload/dist/auth/operations/forgotPassword.js`): on SQLite that
 * write meets the transaction's own write lock and every request failed with 500 (issue 11.8).
 * The record is per process, which is exact for the embedded default (one CMS process).
 */
export const throttlePasswordResets = ({ args, operation }: Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]): void => {
  if (operation !== 'forgotPassword') return
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email !== 'string' || !email.trim()) return
  const key = email.trim().toLowerCase()
  const now = Date.now()
  const last = lastRequestAt.get(key)
  if (last !== undefined && now - last < RESET_INTERVAL_MS) {
    const seconds = Math.ceil((RESET_INTERVAL_MS - (now - last)) / 1000)
    throw new APIError(`A reset was requested for this address moments ago. Try again in ${seconds} s.`, 429, undefined, true)
  }
  if (lastRequestAt.size >= MAX_TRACKED) {
    for (const [address, at] of lastRequestAt) if (now - at >= RESET_INTERVAL_MS) lastRequestAt.delete(address)
  }
  lastRequestAt.set(key, now)
}
