import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { request, type IncomingHttpHeaders } from 'node:http'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

/** A request with any method; answers status, headers and body. */
function send(method: string, path: string): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
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
  write(join(root, 'secret.txt'), 'secret')
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
