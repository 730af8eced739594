import { createReadStream, readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { keptBuilds, liveBuild, retentionMs, sitePaths } from '@kb/cms/publishing'
import { FILE_POLICY, pagePolicy, SITE_HEADERS } from './site-policy.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.wasm': 'application/wasm', '.xml': 'application/xml',
}

/**
 * Hashed files that pages already open in a browser may still fetch after `live` switches to a
 * newer build (Pagefind chunks and fragments load lazily; pages reference hashed `/_astro/` assets).
 * Only these fall back to the previous build(s); pages themselves always come from the live one.
 */
const FALLBACK_PREFIXES = ['/pagefind/', '/_astro/']

/** The folder(s) to serve, newest (live) first; a single folder or nothing works too. */
export type SiteFolders = string | undefined | readonly (string | undefined)[]

/** `//…` at the start (protocol-relative), backslashes and control characters: never a real page. */
const UNSAFE_PATH = /^\/\/|\\|[\u0000-\u001f\u007f]/
/** Files a browser may run as a worker. */
const SCRIPTS = new Set(['.js', '.mjs'])
/** A file or folder whose name starts with a dot (`/.build.json`: build times and counts): never public. */
const HIDDEN_PATH = /(^|\/)\./

/**
 * The live build first, then the builds it replaced less than `KB_OLD_BUILD_MINUTES` ago, newest
 * first, for `serveSite` (`keptBuilds`). Empty while there is no live build.
 */
export function servedBuilds(env: NodeJS.ProcessEnv = process.env): string[] {
  return keptBuilds({ builds: sitePaths(env).builds, live: liveBuild(env) }, retentionMs(env))
}

/**
 * Serves the static site from the folders `folders()` names at the moment of each request, live
 * first, so switching the `live` link swaps the whole site at once. Pages come from the live folder
 * only; a missing `/pagefind/` or `/_astro/` file is looked up in the older folders too. Answers 503
 * while there is no build yet, 405 to anything but GET and HEAD, 404 for dot-files (`/.build.json`),
 * and sends the hardening headers of `site-policy.ts` with everything. Never throws: an unexpected
 * error answers 500.
 */
export function serveSite(folders: () => SiteFolders): Server {
  return createServer((request, response) => {
    try {
      handle(folders, request, response)
    } catch {
      fail(response)
    }
  })
}

function fail(response: ServerResponse): void {
  try {
    if (!response.headersSent) {
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end('Internal error\n')
      return
    }
  } catch {}
  response.destroy()
}

/** The real path of `dir`, or undefined when it is gone (a build may be pruned at any time). */
function real(dir: string | undefined): string | undefined {
  if (!dir) return undefined
  try {
    return realpathSync(dir)
  } catch {
    return undefined
  }
}

/** `pathname` inside `dir`, or undefined when it would leave it. */
function inside(dir: string, pathname: string): string | undefined {
  const target = normalize(join(dir, pathname))
  return target === dir || target.startsWith(dir + sep) ? target : undefined
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function handle(folders: () => SiteFolders, request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(SITE_HEADERS)) response.setHeader(name, value)
  response.setHeader('content-security-policy', FILE_POLICY)
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('The site is read-only: only GET and HEAD.\n')
    return
  }
  const listed = folders()
  const [live, ...older] = (Array.isArray(listed) ? listed : [listed]) as (string | undefined)[]
  const dir = real(live)
  if (!dir) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }).end('The site is being built; try again in a few seconds.\n')
    return
  }

  // Origin-form targets only, parsed against a fixed origin so `//host/…` stays a path.
  const target = request.url ?? '/'
  let url: URL
  let pathname: string
  try {
    if (!target.startsWith('/')) throw new Error('not an origin-form request target')
    url = new URL(`http://site${target}`)
    pathname = decodeURIComponent(url.pathname)
  } catch {
    badRequest(response)
    return
  }
  if (UNSAFE_PATH.test(pathname)) {
    badRequest(response)
    return
  }
  const wanted = inside(dir, pathname)
  if (!wanted) {
    response.writeHead(403).end()
    return
  }
  if (HIDDEN_PATH.test(pathname)) {
    notFound(dir, request, response)
    return
  }

  let file = wanted
  if (isDirectory(file)) {
    if (!pathname.endsWith('/')) {
      // The still-encoded path: same origin, relative, and free of characters a header cannot carry.
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
      return
    }
    file = join(file, 'index.html')
  }

  if (!isFile(file) && FALLBACK_PREFIXES.some((prefix) => pathname.startsWith(prefix))) {
    for (const folder of older) {
      const base = real(folder)
      const candidate = base && base !== dir ? inside(base, pathname) : undefined
      if (candidate && isFile(candidate)) {
        file = candidate
        break
      }
    }
  }

  if (!isFile(file)) {
    notFound(dir, request, response)
    return
  }
  const immutable = pathname.startsWith('/_astro/')
  // A page's policy lists its inline scripts; a script's own policy binds it when it runs as a worker (Pagefind's).
  if (extname(file) === '.html') response.setHeader('content-security-policy', pagePolicy(readFileSync(file, 'utf8')))
  else if (SCRIPTS.has(extname(file))) response.setHeader('content-security-policy', pagePolicy(''))
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  })
  if (request.method === 'HEAD') response.end()
  else send(file, response)
}

/** The build's own 404 page (with its page policy), or a short text. */
function notFound(dir: string, request: IncomingMessage, response: ServerResponse): void {
  const page = join(dir, '404.html')
  const hasPage = request.method !== 'HEAD' && isFile(page)
  if (hasPage) response.setHeader('content-security-policy', pagePolicy(readFileSync(page, 'utf8')))
  response.writeHead(404, { 'content-type': TYPES['.html']! })
  if (hasPage) send(page, response)
  else response.end(request.method === 'HEAD' ? undefined : 'Not found\n')
}

function send(file: string, response: ServerResponse): void {
  const stream = createReadStream(file)
  stream.on('error', () => response.destroy())
  stream.pipe(response)
}

function badRequest(response: ServerResponse): void {
  response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n')
}
