import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Payload } from 'payload'
import { serveLibraryForBuild } from './library-server.ts'

/** The environment an `astro build` reads the published library with, and what to stop once it is done. */
export interface LibrarySource {
  env: Record<string, string>
  close: () => Promise<void>
}

/**
 * Where a site build reads the published library over HTTP (`GET <CMS_URL>/api/library/published`):
 * - `CMS_URL` set (with `CMS_API_KEY`): that CMS, as given;
 * - otherwise this process's `payload` serves it on loopback for the build (`serveLibraryForBuild`);
 * - otherwise a child process opens the CMS on `env` (its `DATABASE_URL`) and serves it.
 * The feedback form's target is pinned to the CMS's public address first
 * (site/src/lib/feedback-endpoint.ts falls back to CMS_URL), never the loopback server.
 */
export async function librarySource(env: NodeJS.ProcessEnv, payload?: Payload): Promise<LibrarySource> {
  if (env.CMS_URL?.trim()) return { env: {}, close: async () => {} }
  const server = payload ? await serveLibraryForBuild(payload) : await forkLibraryServer(env)
  return {
    env: {
      CMS_URL: server.url,
      CMS_API_KEY: server.apiKey,
      CMS_PUBLIC_URL: env.CMS_PUBLIC_URL?.trim() || `http://localhost:${env.CMS_PORT?.trim() || '3000'}`,
    },
    close: server.close,
  }
}

/** `library-process.ts` in a child with `env`; resolves once it serves, rejects with its error. */
function forkLibraryServer(env: NodeJS.ProcessEnv): Promise<{ url: string; apiKey: string; close: () => Promise<void> }> {
  const child = fork(fileURLToPath(new URL('./library-process.ts', import.meta.url)), [], {
    env: { ...env, KB_LOG_LEVEL: env.KB_LOG_LEVEL ?? 'error' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      if (child.connected) child.disconnect()
      else child.kill()
    })
  return new Promise((resolve, reject) => {
    child.once('message', (message: { url?: string; apiKey?: string; error?: string }) => {
      if (message.url && message.apiKey) resolve({ url: message.url, apiKey: message.apiKey, close })
      else reject(new Error(`the CMS could not be opened to read the published library: ${message.error ?? 'no answer'}`))
    })
    child.once('exit', (code) => reject(new Error(`the process reading the published library exited (${code}) before serving it`)))
    child.once('error', reject)
  })
}
