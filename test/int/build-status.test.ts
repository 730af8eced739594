/**
 * Issue 8.4: after a restart, *Site build status* says what is live, not what a process that died
 * was doing.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reconcileBuildStatus } from '@kb/cms/publishing'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'

let cms: BootedCms
let output: string

beforeAll(async () => {
  cms = await bootCms()
  output = mkdtempSync(join(tmpdir(), 'kb-status-'))
  process.env.KB_SITE_OUTPUT = output
  const build = join(output, 'builds', 'build-1')
  mkdirSync(build, { recursive: true })
  writeFileSync(join(build, '.build.json'), JSON.stringify({ builtAt: '2026-11-30T10:00:00.000Z', stamp: 'current-content' }))
  symlinkSync(join('builds', 'build-1'), join(output, 'live'))
})
afterAll(async () => {
  delete process.env.KB_SITE_OUTPUT
  rmSync(output, { recursive: true, force: true })
  await cms?.close()
})

const setStatus = (data: Record<string, unknown>) => cms.payload.updateGlobal({ slug: 'site-build', data, overrideAccess: true })
const status = () => cms.payload.findGlobal({ slug: 'site-build', overrideAccess: true })

describe('site build status after a restart', () => {
  it('says "failed" with the reason for a build a dead process left on "building"', async () => {
    await setStatus({ status: 'building', error: null })
    expect(await reconcileBuildStatus(cms.payload, 'newer-content')).toBe('failed')
    expect((await status()).error).toMatch(/interrupted/)
  })

  it('says "succeeded" once the live build matches the published content, clearing an old failure', async () => {
    await setStatus({ status: 'failed', error: 'an old failure' })
    expect(await reconcileBuildStatus(cms.payload, 'current-content')).toBe('succeeded')
    const now = await status()
    expect([now.status, now.error ?? null, now.lastSuccessAt]).toEqual(['succeeded', null, '2026-11-30T10:00:00.000Z'])
  })
})
