import { request } from 'node:http'
import { describe, expect, it } from 'vitest'
import { builtCmsForFile } from '../helpers/built-cms-for-file.ts'

const builtCms = builtCmsForFile()

const register = (email: string) =>
  fetch(`${builtCms().url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'first-admin-password', 'confirm-password': 'first-admin-password' }),
  })

describe('the built admin', () => {
  it('serves the admin, sending a new installation to first-user sign-up', async () => {
    // Next streams redirects to the browser, so each page names where it is sending it next.
    const admin = await fetch(`${builtCms().url}/admin`)
    expect(admin.status).toBe(200)
    expect(await admin.text()).toContain('NEXT_REDIRECT;replace;/admin/login')
    const login = await fetch(`${builtCms().url}/admin/login`)
    expect(await login.text()).toContain('NEXT_REDIRECT;replace;/admin/create-first-user')
    const signUp = await fetch(`${builtCms().url}/admin/create-first-user`)
    expect(signUp.status).toBe(200)
    expect(await signUp.text()).toMatch(/<title>Create first user/)
  })

  it('registers the first user as an admin', async () => {
    const response = await register('owner@kb.test')
    expect(response.status).toBe(200)
    expect((await response.json()).user.role).toBe('admin')
  })

  it('refuses a second first-user registration', async () => {
    const response = await register('intruder@kb.test')
    expect(response.status).toBe(403)
    const owner = await fetch(`${builtCms().url}/api/users/login`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'intruder@kb.test', password: 'first-admin-password' }),
    })
    expect(owner.status).toBe(401)
  })
})

describe('the built API', () => {
  const signIn = async () => {
    const response = await fetch(`${builtCms().url}/api/users/login`, {
      method: 'POST', headers: { 'content-type': 'application/json', origin: builtCms().url },
      body: JSON.stringify({ email: 'owner@kb.test', password: 'first-admin-password' }),
    })
    return `payload-token=${((await response.json()) as { token: string }).token}`
  }
  const createAccount = (cookie: string, origin: string, email: string) =>
    fetch(`${builtCms().url}/api/users`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie, origin },
      body: JSON.stringify({ email, password: 'pw-123456789', role: 'admin' }),
    })

  it('refuses a signed-in write from the public site origin, and accepts it from its own', async () => {
    const cookie = await signIn()
    expect((await createAccount(cookie, 'http://localhost:4321', 'csrf@kb.test')).status).toBe(403)
    expect((await createAccount(cookie, builtCms().url, 'own@kb.test')).status).toBe(201)
  })

  it('answers a 20 MB body with 413 without reading it', async () => {
    const { status } = await new Promise<{ status: number }>((resolve, reject) => {
      const body = Buffer.alloc(20 * 1024 * 1024, 32)
      const req = request(`${builtCms().url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } })
      req.on('response', (res) => {
        res.resume()
        resolve({ status: res.statusCode ?? 0 })
      })
      // The server may answer and close before the upload ends: that is the point.
      req.on('error', (error) => (req.writableEnded ? undefined : reject(error)))
      req.end(body)
    })
    expect(status).toBe(413)
  })

  it('refuses unbounded depth over REST and deep nesting over GraphQL', async () => {
    expect((await fetch(`${builtCms().url}/api/strategies?limit=100&depth=7`)).status).toBe(400)
    let query = 'title'
    for (let i = 0; i < 12; i++) query = `title related { ${query} }`
    const response = await fetch(`${builtCms().url}/api/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ Strategies(limit: 100) { docs { ${query} } } }` }),
    })
    expect(response.status).toBeLessThan(500)
    expect(JSON.stringify(await response.json())).toContain('nests relations 4 deep')
  })

  it('cannot be framed by another site and sends nosniff and a referrer policy (issue 11.13)', async () => {
    for (const path of ['/admin/login', '/api/strategies']) {
      const response = await fetch(`${builtCms().url}${path}`)
      expect(response.headers.get('x-frame-options'), path).toBe('DENY')
      expect(response.headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin')
    }
  })
})
