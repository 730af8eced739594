import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { withBuildLock } from '../../cms/src/publishing/build-lock.ts'

const dirs: string[] = []
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kb-lock-'))
  dirs.push(dir)
  return dir
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('site build lock', () => {
  it('runs builds one after the other, never overlapping', async () => {
    const dir = tempDir()
    const events: string[] = []
    const build = (name: string) =>
      withBuildLock(dir, async () => {
        events.push(`${name} start`)
        await sleep(150)
        events.push(`${name} end`)
      })
    await Promise.all([build('a'), build('b')])
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end'])
  })

  it('takes over a lock left behind by a process that no longer exists', async () => {
    const dir = tempDir()
    mkdirSync(join(dir, '.build.lock'))
    writeFileSync(join(dir, '.build.lock/pid'), '999999')
    await expect(withBuildLock(dir, async () => 'built', 2_000)).resolves.toBe('built')
  })

  it('releases the lock when a build fails', async () => {
    const dir = tempDir()
    await expect(withBuildLock(dir, async () => Promise.reject(new Error('broken')))).rejects.toThrow('broken')
    await expect(withBuildLock(dir, async () => 'next', 1_000)).resolves.toBe('next')
  })
})
