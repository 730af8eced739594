import type { IncomingMessage } from 'node:http'

/**
 * Whether the request's `Accept-Encoding` takes gzip (RFC 9110, 12.5.3): gzip's own entry decides
 * when it is listed (`gzip;q=0` refuses it even beside `*`); otherwise `*` with a quality above 0.
 */
export function acceptsGzip(request: IncomingMessage): boolean {
  const codings = new Map<string, number>()
  for (const coding of String(request.headers['accept-encoding'] ?? '').split(',')) {
    const [name, ...params] = coding.split(';').map((part) => part.trim().toLowerCase())
    if (!name) continue
    const quality = params.find((param) => param.startsWith('q='))
    codings.set(name, quality === undefined ? 1 : Number(quality.slice(2)) || 0)
  }
  return (codings.get('gzip') ?? codings.get('*') ?? 0) > 0
}
