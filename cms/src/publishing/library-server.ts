import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'
import { publishedLibraryResponse } from '../library/published-endpoint.ts'

/** The published-library endpoint one site build reads, and the build's own key for it. */
export interface BuildLibraryServer {
  /** Base URL (`http://127.0.0.1:<port>`), given to the build as `CMS_URL`. */
  url: string
  /** The key only this build knows, given to it as `CMS_API_KEY`. */
  apiKey: string
  close: () => Promise<void>
}

/**
 * Serves `GET /api/library/published` (the CMS endpoint's answer, `publishedLibraryResponse`) on a
 * free loopback port for one site build, from this process's Payload. The worker and `pnpm build`
 * read the database already; serving the build from here keeps `astro build` free of Payload and
 * lets a build run while no CMS instance is up. The library is read once, at once, while Astro
 * starts; only the build's own key (`Authorization: users API-Key <key>`, random per build) gets it
 * (401 otherwise), other paths are 404 and other methods 405.
 */
export async function serveLibraryForBuild(payload: Payload): Promise<BuildLibraryServer> {
  const apiKey = randomBytes(24).toString('base64url')
  const expected = Buffer.from(`users API-Key ${apiKey}`)
  const answer = publishedLibraryResponse(payload).then(async (response) => ({
    status: response.status,
    type: response.headers.get('content-type') ?? 'application/json',
    body: Buffer.from(await response.arrayBuffer()),
  }))
  answer.catch(() => {}) // Reported to the build that asks for it; never an unhandled rejection.
  const server = createServer((request, response) => {
    const given = Buffer.from(request.headers.authorization ?? '')
    if (new URL(request.url ?? '/', 'http://build').pathname !== '/api/library/published') return void response.writeHead(404).end()
    if (request.method !== 'GET') return void response.writeHead(405, { allow: 'GET' }).end()
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return void response.writeHead(401).end()
    answer.then(
      ({ status, type, body }) => response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(body),
      (error: unknown) => {
        const message = `The published library could not be read: ${error instanceof Error ? error.message : String(error)}`
        response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message }] }))
      },
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    close: () => new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}
