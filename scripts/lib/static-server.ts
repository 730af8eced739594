import { readFileSync, realpathSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import type { Readable } from 'node:stream'
import sirv, { type RequestHandler } from 'sirv'
import { isPagefindGzip, keptBuilds, liveBuild, retentionMs, sitePaths } from '@kb/cms/publishing'
import { acceptsGzip } from './accept-encoding.ts'
import { FILE_POLICY, pagePolicy, SITE_HEADERS } from './site-policy.ts'

/**
 * The type of every file the site has, by the requested name (so a `.br` copy keeps its page's
 * type); ours rather than sirv's, which leaves out the charset of text and the type of Pagefind's
 * own files. Anything else is `application/octet-stream`, which nosniff keeps from running.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.wasm': 'application/wasm', '.xml': 'application/xml',
}

/**
 * Hashed files that pages already open in a browser may still fetch after `live` switches to a
 * newer build (Pagefind chunks and fragments load lazily; pages reference hashed `/_astro/` assets).
 * Only these fall back to the kept older builds; pages themselves always come from the live one.
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
 * sirv for one finished build: ETag (weak, size and mtime) with 304, byte ranges (206/416), and the
 * `.br`/`.gz` files the publisher wrote beside each text file when the client accepts them
 * (`precompress.ts`); dot-files are left out of its file list. A build never gains files once
 * finished, so sirv's one walk of the folder (its production mode) stays true; files removed from
 * kept builds later are checked for on disk before sirv is asked (`handle`).
 */
const sirvFor = (dir: string): RequestHandler => sirv(dir, { etag: true, gzip: true, brotli: true, extensions: ['html'], dotfiles: false })

/** One finished build as served: sirv over its folder, and each page's policy, worked out once. */
interface ServedBuild {
  serve: RequestHandler
  /** The policy of an HTML page of this build (its inline scripts' hashes); undefined if there is no such file. */
  policyOf: (file: string) => string | undefined
}

function servedBuild(dir: string): ServedBuild {
  // A page never changes once its build is finished; only files that exist are remembered, so
  // requests for made-up paths cannot grow the map.
  const policies = new Map<string, string>()
  return {
    serve: sirvFor(dir),
    policyOf(file) {
      let policy = policies.get(file)
      if (policy === undefined && isFile(file)) policies.set(file, (policy = pagePolicy(readFileSync(file, 'utf8'))))
      return policy
    },
  }
}

/**
 * Serves the static site with sirv from the folders `folders()` names at the moment of each
 * request, live first, so switching the `live` link swaps the whole site at once. Pages come from
 * the live folder only; a missing `/pagefind/` or `/_astro/` file is looked up in the older kept
 * folders too. Answers 503 while there is no build yet, 405 (with `Allow`) to anything but GET and
 * HEAD, 400 for paths no page has, 404 for dot-files (`/.build.json`), a folder without its slash
 * is 301 to it, and every answer carries the hardening headers and policy of `site-policy.ts`.
 * Never throws: an unexpected error answers 500.
 */
export function serveSite(folders: () => SiteFolders): Server {
  const builds = new Map<string, ServedBuild>()
  const buildFor = (dir: string) => builds.get(dir) ?? builds.set(dir, servedBuild(dir)).get(dir)!
  return createServer((request, response) => {
    try {
      const listed = folders()
      const dirs = (Array.isArray(listed) ? listed : [listed]).map(real).filter((dir): dir is string => dir !== undefined)
      // Builds no longer listed (pruned) are forgotten, with sirv's file list and their pages' policies.
      for (const dir of builds.keys()) if (!dirs.includes(dir)) builds.delete(dir)
      handle(dirs, buildFor, request, response)
    } catch {
      fail(response)
    }
  })
}

function handle(dirs: string[], buildFor: (dir: string) => ServedBuild, request: IncomingMessage, response: ServerResponse): void {
  for (const [name, value] of Object.entries(SITE_HEADERS)) response.setHeader(name, value)
  response.setHeader('content-security-policy', FILE_POLICY)
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' }).end('The site is read-only: only GET and HEAD.\n')
    return
  }
  const [live, ...older] = dirs
  if (!live) {
    response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '5' }).end('The site is being built; try again in a few seconds.\n')
    return
  }
  const target = parseTarget(request.url ?? '/')
  if (!target) return void response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request\n')
  const { url, pathname } = target
  const wanted = inside(live, pathname)
  if (!wanted) return void response.writeHead(403).end()
  if (HIDDEN_PATH.test(pathname)) return notFound(live, buildFor(live), request, response)
  if (!pathname.endsWith('/') && isDirectory(wanted)) {
    // The still-encoded path: same origin, relative, and free of characters a header cannot carry.
    response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end()
    return
  }

  const file = pathname.endsWith('/') ? join(wanted, 'index.html') : wanted
  const type = extname(file)
  response.setHeader('content-type', TYPES[type] ?? 'application/octet-stream')
  // A page's policy lists its inline scripts; a script's own policy binds it when it runs as a worker (Pagefind's).
  const policy = type === '.html' ? buildFor(live).policyOf(file) : undefined
  if (policy) response.setHeader('content-security-policy', policy)
  else if (SCRIPTS.has(type)) response.setHeader('content-security-policy', pagePolicy(''))
  response.setHeader('cache-control', pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache')
  response.setHeader('vary', 'Accept-Encoding')
  // Pagefind's index files are gzip already (isPagefindGzip): labelled so, the browser inflates them.
  if (isPagefindGzip(pathname.slice(1)) && acceptsGzip(request)) response.setHeader('content-encoding', 'gzip')
  // sirv pipes a file stream without an error listener: a build pruned mid-request must end this answer, not the process.
  response.on('pipe', (source: Readable) => source.on('error', () => response.destroy()))

  const fallbacks = FALLBACK_PREFIXES.some((prefix) => pathname.startsWith(prefix)) ? older : []
  const tryFolder = (index: number): void => {
    const dir = index === 0 ? live : fallbacks[index - 1]
    if (!dir) return notFound(live, buildFor(live), request, response)
    // Kept builds lose the fragments of unpublished pages after they were listed (stale-fragments.ts):
    // sirv's file list would still name them, so an older build's file must exist right now.
    if (index > 0 && !isFile(join(dir, pathname))) return tryFolder(index + 1)
    buildFor(dir).serve(request, response, () => tryFolder(index + 1))
  }
  tryFolder(0)
}

/** Origin-form targets only, parsed against a fixed origin so `//host/…` stays a path; undefined when unusable. */
function parseTarget(target: string): { url: URL; pathname: string } | undefined {
  if (!target.startsWith('/')) return undefined
  try {
    const url = new URL(`http://site${target}`)
    const pathname = decodeURIComponent(url.pathname)
    return UNSAFE_PATH.test(pathname) ? undefined : { url, pathname }
  } catch {
    return undefined
  }
}

/** The build's own 404 page (with its page policy), or a short text. */
function notFound(dir: string, build: ServedBuild, request: IncomingMessage, response: ServerResponse): void {
  const page = join(dir, '404.html')
  const body = request.method !== 'HEAD' && isFile(page) ? readFileSync(page) : undefined
  response.setHeader('content-security-policy', (body && build.policyOf(page)) || FILE_POLICY)
  for (const name of ['cache-control', 'vary', 'content-encoding']) response.removeHeader(name)
  response.writeHead(404, { 'content-type': TYPES['.html']! }).end(body ?? (request.method === 'HEAD' ? undefined : 'Not found\n'))
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

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true
const isDirectory = (path: string) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true
