import { request } from 'node:http'

export interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

/**
 * One HTTP request with node:http, from a chosen loopback source address (`from`, e.g. 127.0.0.7):
 * the CMS tells clients apart by the address its server sees, so tests can act as different
 * machines. `body` is sent as JSON when it is not a string.
 */
export function rawRequest(
  url: string,
  { method = 'GET', headers = {}, body, from }: { method?: string; headers?: Record<string, string>; body?: unknown; from?: string } = {},
): Promise<RawAnswer> {
  const text = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method, localAddress: from,
      headers: { ...(text !== undefined ? { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) } : {}), ...headers },
    }, (res) => {
      let received = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (received += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: received }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(text)
  })
}

/**
 * POSTs a JSON body of `bytes` bytes (`{"email":"aaaa…"}`), in 1 MB chunks as fast as the server
 * takes them, with its length declared up front or streamed (chunked). Stops sending once the
 * server answers. Resolves with the status, or `closed` when the server dropped the connection
 * without answering.
 */
export function postHugeBody(url: string, bytes: number, { declareLength }: { declareLength: boolean }): Promise<number | 'closed'> {
  return new Promise((resolve) => {
    let status: number | undefined
    const req = request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(bytes) } : {}) },
    }, (res) => {
      status = res.statusCode ?? 0
      res.resume()
      res.on('end', () => {
        resolve(status!)
        req.destroy()
      })
    })
    req.on('error', () => resolve(status ?? 'closed'))
    const prefix = Buffer.from('{"email":"')
    const chunk = Buffer.alloc(1024 * 1024, 'a')
    let sent = 0
    const pump = () => {
      while (status === undefined && !req.destroyed && sent < bytes - 2) {
        const part = sent === 0 ? Buffer.concat([prefix, chunk.subarray(prefix.length)]) : chunk.subarray(0, Math.min(chunk.length, bytes - 2 - sent))
        sent += part.length
        if (!req.write(part)) {
          req.once('drain', pump)
          return
        }
      }
      if (status === undefined && !req.destroyed) req.end('"}')
    }
    pump()
  })
}
