import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/free-port.ts'
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts'
import { buildSite, removeBuilds } from '../helpers/site-build.ts'
import { startFakeCms, type FakeAnswer, type FakeCms } from '../helpers/site-fake-cms.ts'

let cms: FixtureSite
const servers: FakeCms[] = []
const serve = async (answer: (request: number) => FakeAnswer) => {
  const server = await startFakeCms(answer)
  servers.push(server)
  return server
}
/** The fixture's database variables, so a build that wrongly opened the database would still find it. */
const withCms = (url: string, extra: Record<string, string> = {}) => ({ ...cms.env, CMS_URL: url, CMS_API_KEY: '', ...extra })

beforeAll(() => {
  cms = fixtureSite()
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  removeBuilds()
})

describe('building the site from the published-library endpoint over HTTP', () => {
  it('builds every published entry from GET <CMS_URL>/api/library/published, sending the API key', async () => {
    const server = await serve(() => ({ status: 200, body: cms.published }))
    const build = await buildSite(withCms(server.url, { CMS_API_KEY: 'reader-key' }))
    expect(build.status, build.output).toBe(0)
    expect(server.requests).toEqual([{ path: '/api/library/published', authorization: 'users API-Key reader-key' }])
    for (const { slug } of cms.published.scripts) expect(existsSync(join(build.dist, 'scripts', slug, 'index.html')), slug).toBe(true)
    for (const { slug } of cms.published.strategies) expect(existsSync(join(build.dist, 'strategies', `${slug}.md`)), slug).toBe(true)
  })

  it('gives search the agent vocabulary published with the library, and removes the hand-over file', async () => {
    const vocabulary = { synonyms: [['platypus', 'late parcel']], intents: { say: ['what do i say'], self: [], humour: [] } }
    const server = await serve(() => ({ status: 200, body: { ...cms.published, vocabulary } }))
    const build = await buildSite(withCms(server.url))
    expect(build.status, build.output).toBe(0)
    const written = JSON.parse(readFileSync(join(build.dist, 'pagefind/kb-vocabulary.json'), 'utf8')) as { synonyms: string[][]; intents: unknown }
    expect(written.synonyms).toEqual(vocabulary.synonyms)
    expect(written.intents).toEqual(vocabulary.intents)
    expect(existsSync(join(build.dist, 'agent-vocabulary.json'))).toBe(false)
  })

  it('waits as told and asks again when the CMS answers 429 with Retry-After', async () => {
    const busy = { status: 429, body: { errors: [{ message: 'busy' }] }, headers: { 'retry-after': '1' } }
    const server = await serve((request) => (request === 1 ? busy : { status: 200, body: cms.published }))
    const build = await buildSite(withCms(server.url))
    expect(build.status, build.output).toBe(0)
    expect(server.requests).toHaveLength(2)
  })

  it('fails, naming the URL, the entry and the field, when the CMS returns a script without its line', async () => {
    const scripts = cms.published.scripts.map(({ line: _line, ...rest }) => rest)
    const server = await serve(() => ({ status: 200, body: { ...cms.published, scripts } }))
    const build = await buildSite(withCms(server.url))
    expect(build.status).not.toBe(0)
    expect(build.output).toContain(`${server.url}/api/library/published`)
    expect(build.output).toMatch(/field "scripts\.0\.line" \(entry "[a-z0-9-]+"\)/)
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false)
  })

  it('fails, naming the status and the CMS\'s message, when the CMS refuses the key', async () => {
    const server = await serve(() => ({ status: 401, body: { errors: [{ message: 'The API key is invalid.' }] } }))
    const build = await buildSite(withCms(server.url, { CMS_API_KEY: 'revoked' }))
    expect(build.status).not.toBe(0)
    expect(build.output).toMatch(/answered 401 for http:\/\/127\.0\.0\.1:\d+\/api\/library\/published \(check CMS_API_KEY\): The API key is invalid\./)
  })

  it('fails, saying the CMS could not be reached, when nothing answers at CMS_URL', async () => {
    const build = await buildSite(withCms(`http://127.0.0.1:${await freePort()}`))
    expect(build.status).not.toBe(0)
    expect(build.output).toMatch(/could not be reached/)
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false)
  })

  it('fails, naming CMS_URL, when it is not set', async () => {
    const { CMS_URL: _url, ...withoutUrl } = withCms('')
    const build = await buildSite(withoutUrl)
    expect(build.status).not.toBe(0)
    expect(build.output).toMatch(/CMS_URL is not set/)
  })
})
