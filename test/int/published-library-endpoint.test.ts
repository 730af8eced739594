import { librarySchema, publishedTimesSchema } from '@kb/content'
import { serveLibraryForBuild } from '@kb/cms/publishing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest } from '../helpers/rest.ts'
import { createSampleRefs, sampleData } from '../helpers/sample-data.ts'

/**
 * `GET /api/library/published` (issue 12.3): the whole published library in the shared schema's
 * shape, for remote site builds and tools; never a draft; only for signed-in users and API keys.
 */
let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let strategySlug: string
let editedScript: { slug: string; title: string; updatedAt: string }
let draftSlug: string

beforeAll(async () => {
  cms = await bootCms()
  const { payload } = cms
  actors = await createActors(payload)
  const refs = await createSampleRefs(payload)
  const published = <T extends object>(data: T) => ({ ...data, _status: 'published' as const })
  strategySlug = (await payload.create({ collection: 'strategies', data: published(sampleData('strategies', 'why', refs)) as never })).slug
  const script = await payload.create({ collection: 'empathy-scripts', data: published(sampleData('empathy-scripts', 'edited', refs)) as never })
  await payload.update({ collection: 'empathy-scripts', id: script.id, data: { title: 'Quokka title nobody published' }, draft: true })
  editedScript = { slug: script.slug, title: script.title, updatedAt: script.updatedAt }
  draftSlug = (await payload.create({ collection: 'empathy-scripts', data: sampleData('empathy-scripts', 'draft-only', refs) as never, draft: true })).slug
})
afterAll(async () => cms?.close())

describe('GET /api/library/published', () => {
  it("answers a reader's API key with the published library in the shared schema's shape", async () => {
    const response = await rest('GET', 'library/published', { as: actors['api key'].credentials })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const parsed = librarySchema.safeParse(response.body)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    expect(response.body.situations.map((entry: { title: string }) => entry.title)).toContain('Sample situations ref')
  })

  it('converts rich text to the Markdown the site renders', async () => {
    const response = await rest('GET', 'library/published', { as: actors['api key'].credentials })
    const strategy = response.body.strategies.find((entry: { slug: string }) => entry.slug === strategySlug)
    expect(strategy.whyItWorks).toBe('Because tests need one.')
  })

  it.each(['api key', 'editor', 'admin'] as const)('gives %s the published version of an entry with a newer draft, and no draft-only entry', async (name) => {
    const response = await rest('GET', 'library/published', { as: actors[name].credentials })
    expect(response.status).toBe(200)
    const scripts = response.body.scripts as { slug: string; title: string }[]
    expect(scripts.find((entry) => entry.slug === editedScript.slug)?.title).toBe(editedScript.title)
    expect(scripts.map((entry) => entry.slug)).not.toContain(draftSlug)
    expect(JSON.stringify(response.body)).not.toContain('Quokka')
  })

  it("says when each published entry last changed: the published version's time, which a newer draft does not move", async () => {
    const response = await rest('GET', 'library/published', { as: actors['api key'].credentials })
    const parsed = publishedTimesSchema.safeParse(response.body.updated)
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
    const scripts = parsed.data?.scripts ?? {}
    expect(scripts[editedScript.slug]).toBe(editedScript.updatedAt)
    expect(Object.keys(scripts)).not.toContain(draftSlug)
    expect(Object.keys(parsed.data?.strategies ?? {})).toContain(strategySlug)
  })

  it('refuses anonymous visitors with 401, saying how to send an API key', async () => {
    const response = await rest('GET', 'library/published')
    expect(response.status).toBe(401)
    expect(response.body.errors[0].message).toContain('users API-Key')
    expect(response.headers.get('www-authenticate')).toContain('API-Key')
  })

  it("serves a site build the same library on its loopback endpoint, with the build's own key", async () => {
    const server = await serveLibraryForBuild(cms.payload)
    try {
      const answer = await fetch(`${server.url}/api/library/published`, { headers: { authorization: `users API-Key ${server.apiKey}` } })
      expect(answer.status).toBe(200)
      expect(await answer.json()).toEqual((await rest('GET', 'library/published', { as: actors['api key'].credentials })).body)
    } finally {
      await server.close()
    }
  })

  it('answers a request to the build\'s endpoint without its key with 401', async () => {
    const server = await serveLibraryForBuild(cms.payload)
    try {
      const answer = await fetch(`${server.url}/api/library/published`, { headers: { authorization: 'users API-Key reader-api-key-0123456789' } })
      expect(answer.status).toBe(401)
      expect(await answer.text()).toBe('')
    } finally {
      await server.close()
    }
  })
})
