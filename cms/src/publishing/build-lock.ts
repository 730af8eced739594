import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** True while a process with this pid exists on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Runs `work` while holding a lock folder in `dir`, so site builds from different processes
 * (`pnpm start`'s rebuilds, `pnpm build`, a benchmark) never overlap: they share Astro's caches
 * in the site package, and a slower, older build must not switch `live` back. A lock left by a
 * process that no longer exists is taken over.
 */
export async function withBuildLock<T>(dir: string, work: () => Promise<T>, timeoutMs = 15 * 60_000): Promise<T> {
  const lock = join(dir, '.build.lock')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      mkdirSync(lock)
      writeFileSync(join(lock, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }))
      if (owner && !alive(owner)) {
        rmSync(lock, { recursive: true, force: true })
        continue
      }
      if (Date.now() > deadline) throw new Error(`another site build (pid ${owner || 'unknown'}) has held ${lock} for too long`)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  try {
    return await work()
  } finally {
    rmSync(lock, { recursive: true, force: true })
  }
}
