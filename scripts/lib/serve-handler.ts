import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * Serves a Web-standard handler (`Request` in, `Response` out, as Next routes are) on loopback
 * with Node's HTTP server, for benchmarks that must cross a real socket. Resolves with its URL.
 */
export async function serveHandler(handler: (request: Request) => Promise<Response>): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) headers.append(name, one)
    }
    const { port } = server.address() as AddressInfo
    const response = await handler(new Request(`http://127.0.0.1:${port}${req.url ?? '/'}`, {
      method: req.method, headers, ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
    }))
    const outgoing: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      outgoing[name] = value
    })
    res.writeHead(response.status, outgoing)
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}`, server }
}
