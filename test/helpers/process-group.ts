import type { ChildProcess } from 'node:child_process'

/**
 * Stops a child started with `detached: true` and everything it started (pnpm and Next each
 * add a process layer): `signal` to the whole group, SIGKILL if it is still there after `graceMs`.
 */
export async function stopProcessGroup(child: ChildProcess, signal: NodeJS.Signals, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  try {
    process.kill(-child.pid, signal)
  } catch {
    return // already gone
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL')
    } catch {}
  }, graceMs)
  await exited
  clearTimeout(timer)
}
