import { execFileSync, spawn } from 'node:child_process'
import { REPO_ROOT } from '@kb/content/files'
import { vi } from 'vitest'
import { freePort } from './free-port.ts'
import { stopProcessGroup } from './process-group.ts'

export interface RunningKb {
  cmsUrl: string
  siteUrl: string
  /** Everything the command printed so far. */
  output: () => string
  /** Ctrl-C to the whole process group, as a terminal sends it; resolves once the command has exited. */
  stop: () => Promise<void>
  /** Sends `signal` to the command's process group at once (e.g. SIGKILL, as an OOM killer or `kill -9 -pgid` would). */
  killGroup: (signal: NodeJS.Signals) => void
}

/**
 * Runs the README's main command (`pnpm start`) on free loopback ports with the given
 * environment, and resolves once it prints that both servers are up. Bounded in time; the
 * process group is always killed by `stop`.
 */
export async function startKnowledgeBase(env: Record<string, string>, timeoutMs = 300_000): Promise<RunningKb> {
  const [cmsPort, sitePort] = [await freePort(), await freePort()]
  const child = spawn('pnpm', ['-s', 'start'], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env, CMS_PORT: String(cmsPort), SITE_PORT: String(sitePort) },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const running: RunningKb = {
    cmsUrl: `http://127.0.0.1:${cmsPort}`,
    siteUrl: `http://127.0.0.1:${sitePort}`,
    output: () => output,
    stop: () => stopProcessGroup(child, 'SIGINT'),
    killGroup: (signal) => process.kill(-child.pid!, signal),
  }
  const deadline = Date.now() + timeoutMs
  while (!output.includes('Ctrl-C stops both')) {
    if (child.exitCode !== null) throw new Error(`pnpm start exited with ${child.exitCode}:\n${output}`)
    if (Date.now() > deadline) {
      await running.stop()
      throw new Error(`pnpm start was not ready within ${timeoutMs} ms:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return running
}


/**
 * Polls (vitest's `vi.waitFor`, every 300 ms) until `check` returns a value other than undefined;
 * fails after `timeoutMs` with `check`'s last error, or one saying what it waited for.
 */
export function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  return vi.waitFor(async () => {
    const value = await check()
    if (value === undefined) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    return value
  }, { timeout: timeoutMs, interval: 300 })
}

/** The id of the process listening on a loopback TCP port (from `ss`, iproute2), or undefined. */
export function listenerPid(port: number): number | undefined {
  const out = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' })
  const match = /pid=(\d+)/.exec(out)
  return match ? Number(match[1]) : undefined
}
