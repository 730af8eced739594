import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake CMS answers one request for the published library with: a status, a JSON body, headers. */
export interface FakeAnswer {
  status: number
  body: unknown
  headers?: Record<string, string>
}

export interface FakeCms {
  /** The base URL to give a build as CMS_URL. */
  url: string
  /** Every request received so far: path (with query) and Authorization header. */
  requests: { path: string; authorization?: string }[]
  close: () => Promise<void>
}

/**
 * A stand-in for the CMS's published-library endpoint on a loopback port: `GET
 * /api/library/published` is answered by `answer` (given the request's number, from 1); anything
 * else is a 404 in Payload's error shape.
 */
export async function startFakeCms(answer: (request: number) => FakeAnswer): Promise<FakeCms> {
  const requests: FakeCms['requests'] = []
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push({ path: request.url ?? '', authorization: request.headers.authorization })
    const path = new URL(request.url ?? '/', 'http://fake-cms').pathname
    const { status, body, headers } =
      request.method === 'GET' && path === '/api/library/published'
        ? answer(requests.length)
        : { status: 404, body: { errors: [{ message: 'Not Found' }] }, headers: {} }
    response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
