/**
 * The site's own static server (static-server.ts) over one build folder, in a process of its own,
 * for benchmarks that load a site in a browser. In the benchmark's process the server shared its
 * event loop with the browser driver, which handles an event for every request the browser makes,
 * and answered late whenever the driver was busy: a round of ten small requests took 50 to 110 ms.
 * A real server has its own process.
 *
 * Run as a child (`serveFolderInProcess`): serves `argv[2]` on a free loopback port, sends
 * `{ port }` to the parent, and exits when the parent disconnects.
 */
import { fork } from 'node:child_process'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { serveSite } from './static-server.ts'

const THIS_FILE = fileURLToPath(import.meta.url)

/** Serves `dir` from a child process; resolves with its origin (`http://127.0.0.1:<port>`) and what stops it. */
export function serveFolderInProcess(dir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const child = fork(THIS_FILE, [dir], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: [] })
  const close = () => new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.disconnect()
  })
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', (code) => reject(new Error(`the site server for ${dir} exited (${code}) before listening`)))
    child.once('message', ({ port }: { port: number }) => resolve({ origin: `http://127.0.0.1:${port}`, close }))
  })
}

if (process.argv[1] === THIS_FILE && process.send) {
  const dir = process.argv[2]
  if (!dir) throw new Error('site-server-process: the folder to serve is missing (argv[2])')
  const server = serveSite(() => dir)
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }))
  process.on('disconnect', () => process.exit(0))
}
