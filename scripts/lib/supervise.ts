import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { REPO_ROOT } from '@kb/content/files'
import { join } from 'node:path'

const CMS_DIR = join(REPO_ROOT, 'cms')
const EXIT_WITH_PARENT = join(REPO_ROOT, 'scripts/lib/exit-with-parent.ts')

/** Restart delays after unexpected exits, in ms; the last one repeats. */
const BACKOFF_MS = [1_000, 2_000, 5_000, 15_000, 30_000]
/** A CMS that stayed up this long counts as healthy again: the next crash restarts it quickly. */
const HEALTHY_AFTER_MS = 60_000

export interface SupervisedCms {
  /** Stops the CMS (its whole process group) and does not restart it. */
  stop: () => void
}

/**
 * Runs the built CMS (`next start`) and keeps it running: an unexpected exit is reported and the
 * CMS is started again after a growing delay, while the caller's static site keeps serving
 * (issue 11.2: one crash of the CMS no longer takes the public site down).
 *
 * The CMS runs in a process group of its own (so `stop` ends Next's workers too) with an IPC
 * channel to this process: `exit-with-parent.ts` makes it exit whenever this process dies,
 * even by SIGKILL (issue 8.4).
 */
export function superviseCms({ port, host, env }: { port: number; host: string; env: NodeJS.ProcessEnv }): SupervisedCms {
  const nextBin = createRequire(join(CMS_DIR, 'package.json')).resolve('next/dist/bin/next')
  let child: ChildProcess | undefined
  let stopped = false
  let crashes = 0
  let timer: NodeJS.Timeout | undefined

  const start = () => {
    const startedAt = Date.now()
    child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, nextBin, 'start', '--port', String(port), '--hostname', host], {
      cwd: CMS_DIR,
      env: { ...env, NODE_ENV: 'production' },
      detached: true,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    child.on('exit', (code, signal) => {
      if (stopped) return
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) crashes = 0
      const delay = BACKOFF_MS[Math.min(crashes++, BACKOFF_MS.length - 1)]!
      console.error(`start: the CMS stopped (${signal ?? `exit ${code}`}); the site keeps serving. Restarting the CMS in ${delay / 1000} s.`)
      timer = setTimeout(start, delay)
    })
  }
  start()

  return {
    stop: () => {
      stopped = true
      clearTimeout(timer)
      try {
        if (child?.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
}
