import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { REPO_ROOT } from '@kb/content/files'
import { freePort } from './free-port.ts'
import { stopProcessGroup } from './process-group.ts'

export interface RunningCms {
  url: string
  stop: () => Promise<void>
}

/**
 * Starts the built CMS (`next start`) on a free loopback port with the given environment and
 * waits until it answers. The server runs in its own process group so `stop` ends all of it
 * (pnpm and Next each add a process layer).
 */
export async function startCms(env: Record<string, string>, { timeoutMs = 60_000 } = {}): Promise<RunningCms> {
  const port = await freePort()
  const child = spawn('pnpm', ['exec', 'next', 'start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: join(REPO_ROOT, 'cms'),
    // CMS_PORT: the CMS accepts signed-in writes only from its own origin, http://127.0.0.1:<port> here.
    env: { ...process.env, NODE_ENV: 'production', CMS_PORT: String(port), ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  const stop = () => stopProcessGroup(child, 'SIGTERM')
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the CMS exited with ${child.exitCode}:\n${output}`)
    try {
      await fetch(`${url}/api/users/me`)
      return { url, stop }
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
  await stop()
  throw new Error(`the CMS did not answer on ${url} within ${timeoutMs} ms:\n${output}`)
}

