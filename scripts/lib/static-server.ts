import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.wasm': 'application/wasm', '.xml': 'application/xml',
}

/**
 * Serves the static site from whatever folder `root()` names at the moment of each request, so
 * switching the `live` link swaps the whole site at once. Answers 503 while there is no build yet.
 */
export function serveSite(root: () => string | undefined): Server {
  return createServer((request, response) => {
    const base = root()
    if (!base || !existsSync(base)) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }).end('The site is being built; try again in a few seconds.\n')
      return
    }
    const dir = realpathSync(base)
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://site').pathname)
    } catch {
      response.writeHead(400).end()
      return
    }
    const target = normalize(join(dir, pathname))
    if (target !== dir && !target.startsWith(dir + sep)) {
      response.writeHead(403).end()
      return
    }
    let file = target
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!pathname.endsWith('/')) {
        response.writeHead(301, { location: `${pathname}/` }).end()
        return
      }
      file = join(file, 'index.html')
    }
    if (!existsSync(file) || !statSync(file).isFile()) {
      const notFound = join(dir, '404.html')
      response.writeHead(404, { 'content-type': TYPES['.html']! })
      if (existsSync(notFound)) createReadStream(notFound).pipe(response)
      else response.end('Not found\n')
      return
    }
    const immutable = pathname.startsWith('/_astro/')
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    })
    if (request.method === 'HEAD') response.end()
    else createReadStream(file).pipe(response)
  })
}
