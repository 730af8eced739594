import { createServer } from 'node:net'

/** Reads a port from the environment, with a one-line error naming the variable when it is not a port. */
export function portFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`${name}="${raw}" is not a port; use a number from 1 to 65535.`)
  return port
}

/** Fails with a one-line message saying what to change when something already listens on the port. */
export function assertPortFree(port: number, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(error.code === 'EADDRINUSE' ? `port ${port} is already in use: stop what uses it or set ${name} to a free port.` : error.message)),
    )
    server.listen(port, () => server.close(() => resolve()))
  })
}

/**
 * The address both servers listen on: `KB_HOST`, or 127.0.0.1 so that neither the site nor the
 * CMS (with its first-user sign-up) is reachable from the network until someone decides it
 * should be (`KB_HOST=0.0.0.0`).
 */
export function listenHost(env: NodeJS.ProcessEnv): string {
  const raw = env.KB_HOST?.trim()
  if (!raw) return '127.0.0.1'
  if (!/^[\w.:-]+$/.test(raw)) throw new Error(`KB_HOST="${raw}" is not an address to listen on; use e.g. 127.0.0.1 or 0.0.0.0.`)
  return raw
}
