import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { REPO_ROOT } from '@kb/content/files'

const EXIT_WITH_PARENT = join(REPO_ROOT, 'scripts/lib/exit-with-parent.ts')

/** Restart delays after unexpected exits, in ms; the last one repeats. */
const BACKOFF_MS = [1_000, 2_000, 5_000, 15_000, 30_000]
/** A process that stayed up this long counts as healthy again: the next crash restarts it quickly. */
const HEALTHY_AFTER_MS = 60_000

export interface Supervised {
  /** Stops the process (its whole process group) and does not restart it. */
  stop: () => void
}

/**
 * Runs a Node program and keeps it running: an unexpected exit is reported and the program is
 * started again after a growing delay, while the caller (and what else it supervises) carries on.
 * `pnpm start` supervises the CMS and the site worker this way, so a crash of either leaves the
 * public site serving (issue 11.2).
 *
 * The program runs in a process group of its own (so `stop` ends its children too) with an IPC
 * channel to this process: `exit-with-parent.ts` makes it exit whenever this process dies, even
 * by SIGKILL (issue 8.4).
 */
export function superviseNode(name: string, { args, cwd, env }: { args: string[]; cwd: string; env: NodeJS.ProcessEnv }): Supervised {
  let child: ChildProcess | undefined
  let stopped = false
  let crashes = 0
  let timer: NodeJS.Timeout | undefined

  const start = () => {
    const startedAt = Date.now()
    child = spawn(process.execPath, ['--import', EXIT_WITH_PARENT, ...args], { cwd, env, detached: true, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    child.on('exit', (code, signal) => {
      if (stopped) return
      if (Date.now() - startedAt > HEALTHY_AFTER_MS) crashes = 0
      const delay = BACKOFF_MS[Math.min(crashes++, BACKOFF_MS.length - 1)]!
      console.error(`start: the ${name} stopped (${signal ?? `exit ${code}`}); the site keeps serving. Restarting the ${name} in ${delay / 1000} s.`)
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

/** The built CMS (`next start`), supervised. */
export function superviseCms({ port, host, env }: { port: number; host: string; env: NodeJS.ProcessEnv }): Supervised {
  const cmsDir = join(REPO_ROOT, 'cms')
  const nextBin = createRequire(join(cmsDir, 'package.json')).resolve('next/dist/bin/next')
  return superviseNode('CMS', { args: [nextBin, 'start', '--port', String(port), '--hostname', host], cwd: cmsDir, env: { ...env, NODE_ENV: 'production' } })
}

/** The site worker (`scripts/worker.ts`), supervised. */
export function superviseWorker(env: NodeJS.ProcessEnv): Supervised {
  // The worker's log says what it built and why; the main command's own level is for its setup steps.
  return superviseNode('site worker', { args: [join(REPO_ROOT, 'scripts/worker.ts')], cwd: REPO_ROOT, env: { ...env, KB_LOG_LEVEL: 'info' } })
}
