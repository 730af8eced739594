import { spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '@kb/content/files'

/** Runs `pnpm start` expecting it to refuse before starting anything; returns its exit code and output. */
function start(env: Record<string, string>) {
  const run = spawnSync('pnpm', ['-s', 'start'], { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 })
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.trim().split('\n') }
}

describe('the main command refusing bad settings', () => {
  it('says in one line which port is taken and what to set', async () => {
    const server = createServer().listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const { status, lines } = start({ CMS_PORT: String(port), DATABASE_URL: 'file:/tmp/kb-start-errors.db' })
      expect(status).toBe(1)
      expect(lines.at(-1)).toBe(`start: port ${port} is already in use: stop what uses it or set CMS_PORT to a free port.`)
    } finally {
      server.close()
    }
  })

  it('says in one line that KB_HOST is not an address to listen on', () => {
    const { status, lines } = start({ KB_HOST: 'every interface', DATABASE_URL: 'file:/tmp/kb-start-errors.db' })
    expect(status).toBe(1)
    expect(lines.at(-1)).toBe('start: KB_HOST="every interface" is not an address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.')
  })

  it('says in one line that DATABASE_URL is not a database it can use', () => {
    const { status, lines } = start({ DATABASE_URL: 'mysql://root@localhost/kb' })
    expect(status).toBe(1)
    expect(lines.at(-1)).toMatch(/^start: DATABASE_URL="mysql:\/\/root@localhost\/kb" is not a database this CMS can use: expected postgres:\/\//)
  })

  it('says in one line when PostgreSQL cannot be reached', () => {
    const { status, lines } = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/kb' })
    expect(status).toBe(1)
    expect(lines.at(-1)).toMatch(/^start: cannot connect to DATABASE_URL \(postgres:\/\/…@127\.0\.0\.1:1\/kb\): .*Fix DATABASE_URL or unset it/)
  })

  it('says in one line what the deploy target lacks, rather than leave the worker restarting', () => {
    const { status, lines } = start({ KB_DEPLOY_TARGET: 's3', DATABASE_URL: 'file:/tmp/kb-start-errors.db' })
    expect(status).toBe(1)
    expect(lines.at(-1)).toBe('start: the S3 deploy target is misconfigured: KB_S3_BUCKET: required with KB_DEPLOY_TARGET=s3.')
  })
})
