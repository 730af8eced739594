import { pbkdf2, randomBytes } from 'node:crypto'
import { promisify } from 'node:util'
import { APIError, type CollectionAfterOperationHook, type CollectionBeforeOperationHook, type CollectionSlug, type PayloadRequest, type SanitizedConfig } from 'payload'

/** Failed sign-ins one client may make for one account before it has to wait. */
export const FREE_FAILURES = 5
/** The first wait; each further failure doubles it, up to MAX_WAIT_MS. */
export const FIRST_WAIT_MS = 30_000
const MAX_WAIT_MS = 15 * 60_000
/** Failed sign-ins one client may make across all accounts (password spraying) before it waits. */
export const CLIENT_FAILURES = 50
/** Failures older than this are forgotten. */
const WINDOW_MS = 15 * 60_000
const MAX_TRACKED = 10_000

interface Tally {
  failures: number
  since: number
  waitUntil: number
}
const tallies = new Map<string, Tally>()

/**
 * The client a sign-in comes from: the address the nearest proxy (Next's server) appended to
 * `X-Forwarded-For`, so a client cannot pick its own; `local` for Local API calls without headers.
 */
function clientOf(req: PayloadRequest): string {
  const forwarded = req.headers?.get('x-forwarded-for')?.split(',').map((part) => part.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? req.headers?.get('x-real-ip') ?? 'local'
}

function tally(key: string, now: number): Tally {
  const found = tallies.get(key)
  if (found && (now < found.waitUntil || now - found.since < WINDOW_MS)) return found
  if (tallies.size >= MAX_TRACKED) for (const [old, entry] of tallies) if (now >= entry.waitUntil && now - entry.since >= WINDOW_MS) tallies.delete(old)
  const fresh = { failures: 0, since: now, waitUntil: 0 }
  tallies.set(key, fresh)
  return fresh
}

/** Counts one more failure against `entry`; past `free` failures the client waits, doubling each time. */
function fail(entry: Tally, free: number, now: number): void {
  entry.failures += 1
  if (entry.failures >= free) entry.waitUntil = now + Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** (entry.failures - free))
}

const hash = promisify(pbkdf2)
/** Payload's current password hashing (pbkdf2-sha256-v1): what checking a real account's password costs. */
const spendAsMuchAsAPasswordCheck = (password: string) => hash(password, randomBytes(32), 600_000, 32, 'sha256')

type LoginArgs = { data?: { email?: unknown; password?: unknown } }
const keysOf = (req: PayloadRequest, args: unknown) => {
  const email = (args as LoginArgs).data?.email
  const client = clientOf(req)
  return { client: `client ${client}`, pair: `${client} ${typeof email === 'string' ? email.trim().toLowerCase() : ''}` }
}

/**
 * Slows password guessing without locking anyone out (issue 11.4). Payload's own lockout (5 wrong
 * passwords lock the account for everyone) is turned off (`withoutAccountLockout`); instead
 * each client gets FREE_FAILURES tries per account, then waits 30 s, 60 s, … (429 with
 * Retry-After), and CLIENT_FAILURES tries across accounts. The owner, signing in from elsewhere,
 * is never affected. Unknown emails get the same answers, and a sign-in for one spends the time a
 * password check takes, so neither words nor timing tell which emails have accounts. Every
 * attempt counts as a failure until `forgiveSignIn` sees it succeed. Per process, like the reset throttle.
 */
export const throttleSignIns = async ({ args, operation, req }: Parameters<CollectionBeforeOperationHook<CollectionSlug>>[0]): Promise<void> => {
  if (operation !== 'login') return
  const now = Date.now()
  const keys = keysOf(req, args)
  const pair = tally(keys.pair, now)
  const client = tally(keys.client, now)
  const waitUntil = Math.max(pair.failures >= FREE_FAILURES ? pair.waitUntil : 0, client.failures >= CLIENT_FAILURES ? client.waitUntil : 0)
  if (now < waitUntil) {
    const seconds = Math.ceil((waitUntil - now) / 1000)
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(seconds))
    req.responseHeaders = headers
    throw new APIError(`Too many failed sign-ins from this address. Try again in ${seconds} s, or reset the password.`, 429, undefined, true)
  }
  fail(pair, FREE_FAILURES, now)
  fail(client, CLIENT_FAILURES, now)
  const { email, password } = (args as LoginArgs).data ?? {}
  if (typeof email === 'string' && typeof password === 'string') {
    const { totalDocs } = await req.payload.count({ collection: 'users', where: { email: { equals: email.trim().toLowerCase() } }, overrideAccess: true, req })
    if (totalDocs === 0) await spendAsMuchAsAPasswordCheck(password)
  }
}

/** A successful sign-in clears its client's tally for the account and takes back its count against the client. */
export const forgiveSignIn: CollectionAfterOperationHook<'users'> = ({ args, operation, req, result }) => {
  if (operation !== 'login') return result
  const keys = keysOf(req, args)
  tallies.delete(keys.pair)
  const client = tallies.get(keys.client)
  if (client) client.failures = Math.max(0, client.failures - 1)
  return result
}

/**
 * Turns Payload's account lockout off while keeping its columns (`maxLoginAttempts` decides both,
 * and 0 would drop them: a migration). Applied to the sanitized config, after the fields exist, so
 * a wrong password neither locks the account nor costs a write a wrong email does not (its time
 * would tell which emails have accounts).
 */
export function withoutAccountLockout(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) if (collection.auth?.maxLoginAttempts) collection.auth.maxLoginAttempts = 0
  return config
}
