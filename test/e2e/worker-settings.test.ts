import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '@kb/content/files'

/** Runs `pnpm worker` expecting it to refuse before opening the database; returns its exit code and output. */
function worker(env: Record<string, string>) {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/worker.ts')], { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 })
  return { status: run.status, lines: `${run.stdout}${run.stderr}`.trim().split('\n') }
}

describe('the site worker refusing a misconfigured deploy target', () => {
  it('says in one line that the S3 target needs KB_S3_BUCKET', () => {
    const { status, lines } = worker({ KB_DEPLOY_TARGET: 's3', KB_S3_BUCKET: '', KB_S3_REGION: 'eu-west-1', DATABASE_URL: 'file:/tmp/kb-worker-settings.db' })
    expect(status).toBe(1)
    expect(lines.at(-1)).toBe('worker: the S3 deploy target is misconfigured: KB_S3_BUCKET: required with KB_DEPLOY_TARGET=s3.')
  })

  it('says in one line which deploy targets there are', () => {
    const { status, lines } = worker({ KB_DEPLOY_TARGET: 'netlify', DATABASE_URL: 'file:/tmp/kb-worker-settings.db' })
    expect(status).toBe(1)
    expect(lines.at(-1)).toBe('worker: KB_DEPLOY_TARGET="netlify" is not a deploy target: expected local (the default) or s3.')
  })
})
