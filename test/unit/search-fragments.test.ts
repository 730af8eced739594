import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fragmentData } from '../../site/src/lib/search-fragments.ts'
import type { PagefindResult, PagefindResultData } from '../../site/src/lib/search-pagefind.ts'

/** A fragment file as Pagefind writes it: the signature and the page's JSON, gzipped. */
const fragmentFile = (page: object) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(JSON.stringify(page))]))

const page = { url: '/scripts/sorry-for-the-wait/', content: 'Sorry for the\u200B wait.', meta: { title: 'Sorry for the wait' }, filters: { type: ['Script'] } }
const files: Record<string, Buffer> = { '/pagefind/fragment/en_1.pf_fragment': fragmentFile(page) }
let server: Server
let base: string

/** A result whose own `data()` answers `fallback`, counting its calls. */
function resultWith(id: string, fallback: PagefindResultData) {
  const calls = { count: 0 }
  const result: PagefindResult = { id, score: 1, data: async () => (calls.count++, fallback) }
  return { result, calls }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const body = files[request.url ?? '']
    if (body) response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(body)
    else response.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/pagefind/`
})
afterAll(() => server?.close())

describe('page data read from Pagefind fragments by the browser', () => {
  it('unpacks a gzipped fragment into the page, without the zero-width spaces Pagefind adds', async () => {
    const { result, calls } = resultWith('en_1', { url: '', content: '', excerpt: '', meta: {}, filters: {} })
    expect(await fragmentData(result, base)).toEqual({ url: page.url, content: 'Sorry for the wait.', excerpt: '', meta: page.meta, filters: page.filters })
    expect(calls.count).toBe(0)
  })

  it("falls back to Pagefind's own loader for a page with no fragment file of its own", async () => {
    const own = { url: '/sops/late-parcel-call/', content: 'grouped', excerpt: '', meta: {}, filters: {} }
    const { result, calls } = resultWith('en_grouped', own)
    expect(await fragmentData(result, base)).toEqual(own)
    expect(calls.count).toBe(1)
  })
})
