import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the fake CMS answers for one collection and page: the documents, and whether more follow. */
export type FakePage = { docs: unknown[]; hasNextPage: boolean } | undefined

export interface FakeCms {
  /** The base URL to give a build as CMS_URL. */
  url: string
  /** Every request path (with its query) received so far. */
  requests: string[]
  close: () => Promise<void>
}

/**
 * A stand-in for the CMS's REST API on a loopback port: `GET /api/<collection>?page=N` answers
 * with a page of documents in Payload's shape; anything `pageFor` does not know is a 404.
 */
export async function startFakeCms(pageFor: (collection: string, page: number) => FakePage): Promise<FakeCms> {
  const requests: string[] = []
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(request.url ?? '')
    const url = new URL(request.url ?? '/', 'http://fake-cms')
    const collection = url.pathname.match(/^\/api\/([a-z-]+)\/?$/)?.[1]
    const page = Number(url.searchParams.get('page') ?? '1')
    const answer = request.method === 'GET' && collection ? pageFor(collection, page) : undefined
    if (!answer) {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: 'Not Found' }] }))
      return
    }
    const limit = Number(url.searchParams.get('limit') ?? '10')
    const body = {
      docs: answer.docs,
      hasNextPage: answer.hasNextPage,
      hasPrevPage: page > 1,
      nextPage: answer.hasNextPage ? page + 1 : null,
      prevPage: page > 1 ? page - 1 : null,
      page,
      limit,
      pagingCounter: (page - 1) * limit + 1,
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

/** Serves each collection's documents over two pages (the first half, then the rest). */
export function inTwoPages(docsOf: Record<string, unknown[]>): (collection: string, page: number) => FakePage {
  return (collection, page) => {
    const docs = docsOf[collection]
    if (!docs) return undefined
    const half = Math.ceil(docs.length / 2)
    if (page === 1) return { docs: docs.slice(0, half), hasNextPage: half < docs.length }
    if (page === 2) return { docs: docs.slice(half), hasNextPage: false }
    return { docs: [], hasNextPage: false }
  }
}
