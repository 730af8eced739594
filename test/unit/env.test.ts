import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { databaseTarget, payloadSecret } from '../../cms/src/env.ts'

/** An environment with only these variables set (ProcessEnv requires NODE_ENV). */
const env = (vars: Record<string, string>): NodeJS.ProcessEnv => ({ NODE_ENV: 'test', ...vars })

const dirs: string[] = []
const dataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-env-'))
  dirs.push(dir)
  return dir
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

describe('the database the CMS uses', () => {
  it('is the SQLite file in the data folder when DATABASE_URL is unset', () => {
    const dir = dataDir()
    expect(databaseTarget(env({ KB_DATA_DIR: dir }))).toEqual({ kind: 'sqlite', url: `file:${join(dir, 'kb.db')}`, file: join(dir, 'kb.db') })
  })

  it('refuses a DATABASE_URL it cannot use, naming it and what it expected', () => {
    expect(() => databaseTarget(env({ DATABASE_URL: 'mysql://x' }))).toThrow(/DATABASE_URL="mysql:\/\/x".*postgres:\/\/.*file:/)
  })
})

describe('the secret that signs sessions', () => {
  it('is generated once per data folder for the embedded SQLite default, and kept', () => {
    const dir = dataDir()
    const first = payloadSecret(env({ KB_DATA_DIR: dir }))
    expect(first).toMatch(/^[0-9a-f]{64}$/)
    expect(payloadSecret(env({ KB_DATA_DIR: dir }))).toBe(first)
    expect(readFileSync(join(dir, '.payload-secret'), 'utf8')).toBe(first)
  })

  it('is required on PostgreSQL, where instances must share one', () => {
    expect(() => payloadSecret(env({ KB_DATA_DIR: dataDir(), DATABASE_URL: 'postgres://u@127.0.0.1:5432/kb' }))).toThrow(/PAYLOAD_SECRET is required .*PostgreSQL/)
  })

  it('refuses one too short to be safe', () => {
    expect(() => payloadSecret(env({ PAYLOAD_SECRET: 'short' }))).toThrow(/too short/)
  })
})
