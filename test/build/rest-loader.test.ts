import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../helpers/free-port.ts'
import { fixtureSite, type FixtureSite } from '../helpers/fixture-site.ts'
import { buildSite, removeBuilds } from '../helpers/site-build.ts'
import { inTwoPages, startFakeCms, type FakeCms } from '../helpers/site-fake-cms.ts'

let cms: FixtureSite
const servers: FakeCms[] = []
const serve = async (...args: Parameters<typeof startFakeCms>) => {
  const server = await startFakeCms(...args)
  servers.push(server)
  return server
}

beforeAll(() => {
  cms = fixtureSite()
})
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()))
  removeBuilds()
})

describe('building the site from the CMS REST API', () => {
  it('reads every page of results the API returns, not just the first', async () => {
    const server = await serve(inTwoPages(cms.published))
    const build = await buildSite({ ...cms.env, CMS_URL: server.url })
    expect(build.status, build.output).toBe(0)
    const firstScript = cms.published['empathy-scripts'][0]!.slug
    const secondScript = cms.published['empathy-scripts'][1]!.slug
    expect(server.requests.some((path) => path.startsWith('/api/empathy-scripts?') && /[?&]page=2(&|$)/.test(path))).toBe(true)
    for (const slug of [firstScript, secondScript]) {
      expect(existsSync(join(build.dist, 'scripts', slug, 'index.html')), slug).toBe(true)
      expect(existsSync(join(build.dist, 'scripts', `${slug}.md`)), slug).toBe(true)
    }
    for (const { slug } of cms.published.strategies) expect(existsSync(join(build.dist, 'strategies', slug, 'index.html')), slug).toBe(true)
  })

  it('fails, naming the collection, the entry and the field, when the CMS returns a script without its line', async () => {
    const broken = cms.published['empathy-scripts'].map((doc) => {
      if (doc.slug !== 'two-ways-forward') return doc
      const { line: _line, ...withoutLine } = doc as typeof doc & { line?: string }
      return withoutLine
    })
    const server = await serve((collection, page) => {
      const docs = collection === 'empathy-scripts' ? broken : cms.published[collection as keyof typeof cms.published]
      return docs && page === 1 ? { docs, hasNextPage: false } : docs ? { docs: [], hasNextPage: false } : undefined
    })
    const build = await buildSite({ ...cms.env, CMS_URL: server.url })
    expect(build.status).not.toBe(0)
    expect(build.output).toMatch(/empathy-scripts "two-ways-forward"[^\n]*field "line"/)
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false)
  })

  it('fails, saying the CMS could not be reached, when nothing answers at CMS_URL', async () => {
    const build = await buildSite({ ...cms.env, CMS_URL: `http://127.0.0.1:${await freePort()}` })
    expect(build.status).not.toBe(0)
    expect(build.output).toMatch(/could not be reached/)
    expect(existsSync(join(build.dist, 'index.html'))).toBe(false)
  })
})
