import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { request, type IncomingHttpHeaders } from 'node:http'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib'
import { precompress } from '../../cms/src/publishing/precompress.ts'
import { servedBuilds, serveSite, type SiteFolders } from '../../scripts/lib/static-server.ts'
import { freePort } from '../helpers/free-port.ts'

const root = mkdtempSync(join(tmpdir(), 'kb-static-server-'))
const oldBuild = join(root, 'build-1')
const newBuild = join(root, 'build-2')
let folders: () => SiteFolders = () => [newBuild, oldBuild]
let server: Server
let port = 0

function write(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, text)
}

const INLINE = 'document.body.dataset.ready = "yes"'
/** A Pagefind fragment as Pagefind writes it: a signature and the page's JSON, gzipped. */
const FRAGMENT = 'pagefind_dcd{"url":"/scripts/long-line/","content":"Thank you for waiting."}'
/** A Markdown twin long enough for the publisher to write compressed copies of it. */
const LONG_TWIN = `# A long line\n\n${'Thank you for waiting while I check your order. '.repeat(80)}\n`

/** A request with any method and headers; answers status, headers and body (as sent: not decompressed). */
function send(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** A raw GET: `fetch` would normalize the path before sending it. */
function get(path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  write(join(oldBuild, 'index.html'), 'old home')
  write(join(oldBuild, 'pagefind/old-chunk.pf'), 'old chunk')
  write(join(oldBuild, '_astro/a.js'), 'old asset')
  write(join(oldBuild, 'gone/index.html'), 'old page')
  write(join(newBuild, 'index.html'), 'new home')
  write(join(newBuild, 'pagefind/new-chunk.pf'), 'new chunk')
  write(join(newBuild, 'sops/index.html'), 'sops')
  write(join(newBuild, '.build.json'), '{"durationMs":1234,"entries":42}')
  write(join(newBuild, 'scripted/index.html'), `<html><body><form method="post" action="http://localhost:3000/api/feedback/submit"></form><script>${INLINE}</script><script type="module" src="/_astro/a.js"></script></body></html>`)
  write(join(newBuild, 'scripts/long-line.md'), LONG_TWIN)
  write(join(root, 'secret.txt'), 'secret')
  mkdirSync(join(newBuild, 'pagefind/fragment'), { recursive: true })
  writeFileSync(join(newBuild, 'pagefind/fragment/en_1234567.pf_fragment'), gzipSync(FRAGMENT))
  await precompress(newBuild)
  port = await freePort()
  server = serveSite(() => folders())
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  rmSync(root, { recursive: true, force: true })
})

describe('static site server', () => {
  it('serves the index page of the live build for /', async () => {
    const response = await get('/')
    expect(response.status).toBe(200)
    expect(response.body).toBe('new home')
  })

  it('redirects a folder without trailing slash to a relative same-origin location', async () => {
    const response = await get('/sops')
    expect(response.status).toBe(301)
    expect(response.location).toBe('/sops/')
  })

  it('does not redirect a folder that does not exist', async () => {
    expect((await get('/nothing')).status).toBe(404)
  })

  it('keeps the redirect location encoded so it cannot point at another host', async () => {
    const response = await get('/%2Fevil.example%2F..%2Fsops')
    expect(response.status).toBe(400)
    expect(response.location).toBeUndefined()
  })

  it('answers 400 for a path that decodes to a protocol-relative url', async () => {
    expect((await get('/%2F%2Fevil.example')).status).toBe(400)
    expect((await get('//evil.example')).status).toBe(400)
  })

  it('answers 400 for a path with a backslash', async () => {
    expect((await get('/%5Cevil.example')).status).toBe(400)
  })

  it('answers 400 for a path with control characters and keeps serving afterwards', async () => {
    expect((await get('/sops%2F%0A%2F..')).status).toBe(400)
    expect((await get('/%00')).status).toBe(400)
    expect((await get('/')).body).toBe('new home')
  })

  it('refuses to leave the build folder with .. segments', async () => {
    const response = await get('/%2e%2e%2Fsecret.txt')
    expect(response.status).toBe(403)
    expect(response.body).not.toContain('secret')
  })

  it('falls back to the previous build for a search file missing in the live one', async () => {
    const response = await get('/pagefind/old-chunk.pf')
    expect(response.status).toBe(200)
    expect(response.body).toBe('old chunk')
  })

  it('falls back to the previous build for a hashed asset missing in the live one', async () => {
    expect((await get('/_astro/a.js')).body).toBe('old asset')
  })

  it('serves search files of the live build first', async () => {
    expect((await get('/pagefind/new-chunk.pf')).body).toBe('new chunk')
  })

  it('does not fall back to the previous build for a page', async () => {
    expect((await get('/gone/')).status).toBe(404)
  })

  it('answers 503 while there is no build', async () => {
    const serving = folders
    folders = () => []
    try {
      expect((await get('/')).status).toBe(503)
    } finally {
      folders = serving
    }
  })

  it('answers 500 when serving fails and keeps serving afterwards', async () => {
    const serving = folders
    folders = () => {
      throw new Error('broken')
    }
    try {
      expect((await get('/')).status).toBe(500)
    } finally {
      folders = serving
    }
    expect((await get('/')).body).toBe('new home')
  })
})

describe('caching, ranges and compression', () => {
  it('answers 304 with no body when the browser already has the file (If-None-Match)', async () => {
    const first = await send('GET', '/scripts/long-line.md')
    expect(first.headers.etag).toBeTruthy()
    const again = await send('GET', '/scripts/long-line.md', { 'if-none-match': String(first.headers.etag) })
    expect(again.status).toBe(304)
    expect(again.body).toBe('')
    expect(again.headers['x-content-type-options']).toBe('nosniff')
  })

  it('sends the whole file again when the ETag the browser has is an old one', async () => {
    const response = await send('GET', '/scripts/long-line.md', { 'if-none-match': 'W/"1-1"' })
    expect(response.status).toBe(200)
    expect(response.body).toBe(LONG_TWIN)
  })

  it('answers a byte range with 206 and just those bytes', async () => {
    const response = await send('GET', '/scripts/long-line.md', { range: 'bytes=2-7' })
    expect(response.status).toBe(206)
    expect(response.headers['content-range']).toBe(`bytes 2-7/${Buffer.byteLength(LONG_TWIN)}`)
    expect(response.body).toBe(LONG_TWIN.slice(2, 8))
  })

  it('answers 416 for a range past the end of the file', async () => {
    const response = await send('GET', '/pagefind/new-chunk.pf', { range: 'bytes=500-600' })
    expect(response.status).toBe(416)
    expect(response.headers['content-range']).toBe('bytes */9')
  })

  it('sends brotli to a browser that accepts it, decoding to the file', async () => {
    const response = await send('GET', '/scripts/long-line.md', { 'accept-encoding': 'gzip, deflate, br' })
    expect(response.headers['content-encoding']).toBe('br')
    expect(response.headers['content-type']).toBe('text/markdown; charset=utf-8')
    expect(response.headers.vary).toMatch(/accept-encoding/i)
    expect(response.bytes.length).toBeLessThan(Buffer.byteLength(LONG_TWIN) / 4)
    expect(brotliDecompressSync(response.bytes).toString('utf8')).toBe(LONG_TWIN)
  })

  it('sends gzip to a browser that accepts only gzip', async () => {
    const response = await send('GET', '/scripts/long-line.md', { 'accept-encoding': 'gzip' })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.bytes).toString('utf8')).toBe(LONG_TWIN)
  })

  it('sends the file as it is to a client that accepts no compression', async () => {
    const response = await send('GET', '/scripts/long-line.md')
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body).toBe(LONG_TWIN)
  })

  it("sends Pagefind's gzipped index files labelled as gzip to a browser that accepts it, so the browser inflates them", async () => {
    const response = await send('GET', '/pagefind/fragment/en_1234567.pf_fragment', { 'accept-encoding': 'gzip, deflate, br' })
    expect(response.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(response.bytes).toString('utf8')).toBe(FRAGMENT)
  })

  it("sends Pagefind's gzipped index files unlabelled to a client that does not take gzip, for Pagefind to inflate", async () => {
    for (const encoding of [undefined, 'br', 'gzip;q=0', 'gzip;q=0, *']) {
      const response = await send('GET', '/pagefind/fragment/en_1234567.pf_fragment', encoding ? { 'accept-encoding': encoding } : {})
      expect(response.headers['content-encoding'], encoding).toBeUndefined()
      expect(gunzipSync(response.bytes).toString('utf8'), encoding).toBe(FRAGMENT)
    }
  })

  it('answers a missing Pagefind file with a plain 404 that is not labelled gzip', async () => {
    const response = await send('GET', '/pagefind/fragment/en_0000000.pf_fragment', { 'accept-encoding': 'gzip, deflate, br' })
    expect(response.status).toBe(404)
    expect(response.headers['content-encoding']).toBeUndefined()
  })

  it("labels Pagefind's own files as bytes, so nosniff keeps a browser from running them", async () => {
    expect((await send('GET', '/pagefind/new-chunk.pf')).headers['content-type']).toBe('application/octet-stream')
  })

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await send('HEAD', '/scripts/long-line.md')
    expect(response.status).toBe(200)
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(LONG_TWIN)))
    expect(response.body).toBe('')
  })

  it('lets browsers keep hashed assets for a year and asks them to revalidate everything else', async () => {
    expect((await send('GET', '/_astro/a.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect((await send('GET', '/')).headers['cache-control']).toBe('no-cache')
  })
})

describe('served builds', () => {
  it('lists the live build first, then the older finished builds newest first', () => {
    const output = join(root, 'output')
    const builds = join(output, 'builds')
    for (const name of ['build-a', 'build-b', 'build-c']) write(join(builds, name, '.build.json'), '{}')
    mkdirSync(join(builds, 'build-d')) // still building: no .build.json
    symlinkSync('builds/build-b', join(output, 'live'))
    expect(servedBuilds({ ...process.env, KB_SITE_OUTPUT: output })).toEqual([join(builds, 'build-b'), join(builds, 'build-c'), join(builds, 'build-a')])
  })

  it('lists nothing while there is no live build', () => {
    expect(servedBuilds({ ...process.env, KB_SITE_OUTPUT: join(root, 'no-output') })).toEqual([])
  })
})

describe('site server hardening (issue 11.13)', () => {
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    const response = await send(method, '/')
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
    expect(response.body).not.toContain('new home')
  })

  it('keeps /.build.json and other dot-files private', async () => {
    for (const path of ['/.build.json', '/%2Ebuild.json', '/sops/../.build.json']) {
      const response = await send('GET', path)
      expect(response.status, path).toBe(404)
      expect(response.body).not.toContain('durationMs')
    }
  })

  it.each([['a page', '/'], ['a file', '/pagefind/new-chunk.pf'], ['a missing page', '/nowhere'], ['a refused method', '/']])(
    'sends nosniff, Referrer-Policy and no framing with %s',
    async (_, path) => {
      const response = await send(_ === 'a refused method' ? 'POST' : 'GET', path)
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(response.headers['x-frame-options']).toBe('DENY')
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    },
  )

  it("gives a page a CSP that runs its own inline scripts by hash, Pagefind's WebAssembly, and posts only to its forms' origins", async () => {
    const policy = String((await send('GET', '/scripted/')).headers['content-security-policy'])
    const scriptSrc = policy.split('; ').find((part) => part.startsWith('script-src '))!
    expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`)
    expect(scriptSrc).toContain("'wasm-unsafe-eval'")
    expect(scriptSrc).not.toContain("'unsafe-inline'")
    expect(policy).toContain("connect-src 'self' http://localhost:3000")
    expect(policy).toContain("form-action 'self' http://localhost:3000")
    expect(policy).toContain("object-src 'none'")
  })

  it("lets a script fetch from the site when it runs as a worker (Pagefind's search worker)", async () => {
    const policy = String((await send('GET', '/_astro/a.js')).headers['content-security-policy'])
    expect(policy).toContain("connect-src 'self'")
    expect(policy).toContain("'wasm-unsafe-eval'")
    expect(policy).not.toContain("default-src 'none'")
  })
})
