import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Where the CMS keeps its local state (SQLite file, generated secret) unless told otherwise. */
export const DEFAULT_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../data')

export type DatabaseTarget = { kind: 'sqlite'; url: string; file: string } | { kind: 'postgres'; url: string }

/**
 * The database the CMS uses. No `DATABASE_URL`: the SQLite file `cms/data/kb.db`, created on
 * first run. `postgres://…`/`postgresql://…`: PostgreSQL. `file:…`: another SQLite file.
 */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const raw = env.DATABASE_URL?.trim()
  if (!raw) {
    const file = join(dataDir(env), 'kb.db')
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^postgres(ql)?:\/\//.test(raw)) return { kind: 'postgres', url: raw }
  if (raw.startsWith('file:')) {
    const path = raw.slice('file:'.length)
    const file = isAbsolute(path) ? path : resolve(process.cwd(), path)
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  throw new Error(
    `DATABASE_URL="${raw}" is not a database this CMS can use: expected postgres://user@host:5432/db ` +
      `for PostgreSQL or file:/path/to/kb.db for SQLite (or leave it unset for cms/data/kb.db).`,
  )
}

/** The folder for local state: `KB_DATA_DIR`, or `cms/data`. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KB_DATA_DIR ? resolve(env.KB_DATA_DIR) : DEFAULT_DATA_DIR
}

/**
 * The secret that signs sessions and hashes API keys. `PAYLOAD_SECRET` wins (and is required on
 * PostgreSQL, where several instances share the database); otherwise a random
 * one is made on first run and kept in the data folder, so a newcomer needs no setup and API
 * keys keep working across restarts.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) {
    if (given.length < 16) throw new Error('PAYLOAD_SECRET is too short: use at least 16 random characters.')
    return given
  }
  // Instances sharing a PostgreSQL database must sign with one secret, or a token from one is
  // refused by the other: a secret generated per data folder would differ between machines.
  if (databaseTarget(env).kind === 'postgres') {
    throw new Error('PAYLOAD_SECRET is required when DATABASE_URL is PostgreSQL: set the same random value (32+ characters) on every CMS instance and worker.')
  }
  const file = join(dataDir(env), '.payload-secret')
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  mkdirSync(dirname(file), { recursive: true })
  const secret = randomBytes(32).toString('hex')
  writeFileSync(file, secret, { mode: 0o600 })
  return secret
}
