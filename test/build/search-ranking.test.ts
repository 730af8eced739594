/**
 * The product search over a real Pagefind index built from the fixture library: a query that
 * names a situation by one of its aliases finds that situation's playbook first, and the build
 * writes the vocabulary the search corrects typos from.
 */
import type { Server } from 'node:http'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { serveSite } from '../../scripts/lib/static-server.ts'
import { freePort } from '../helpers/free-port.ts'
import { fixtureSite } from '../helpers/fixture-site.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'
import { searchAnswer, searchSite } from '../helpers/site-search.ts'

let server: Server | undefined
let siteUrl: string

beforeAll(async () => {
  const build = fixtureSite()
  const port = await freePort()
  const listening = serveSite(() => build.dist)
  server = listening
  await new Promise<void>((resolve, reject) => {
    listening.once('error', reject)
    listening.listen(port, '127.0.0.1', resolve)
  })
  siteUrl = `http://127.0.0.1:${port}`
})
afterAll(async () => {
  await new Promise<void>((resolve) => (server?.listening ? server.close(() => resolve()) : resolve()))
})

it('ranks a situation first when the query is one of its aliases', async () => {
  const situation = checkLibrary(FIXTURE_LIBRARY_DIR).library.situations.find((s) => s.slug === 'late-parcel')!
  const alias = 'where is my order'
  expect(situation.aliases).toContain(alias)
  const hits = await searchSite(siteUrl, alias)
  expect(hits.map((hit) => hit.url)[0]).toBe('/situations/late-parcel/')
})

it('corrects a typo from the vocabulary the build wrote beside the index', async () => {
  const answer = await searchAnswer(siteUrl, 'parcl')
  expect(answer.report.corrected).toEqual([{ from: 'parcl', to: 'parcel' }])
  expect(answer.hits.map((hit) => hit.url)).toContain('/situations/late-parcel/')
})

it('returns nothing for gibberish rather than pages matching a prefix of it', async () => {
  const answer = await searchAnswer(siteUrl, 'zqxwvk')
  expect(answer.total).toBe(0)
  expect(answer.report.dropped).toEqual(['zqxwvk'])
})
