import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { withFailingCommits } from '../helpers/failing-commits.ts'
import { rest, type RestResponse } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type ContentCollection, type SampleRefs } from '../helpers/sample-data.ts'

/**
 * Which edits queue a site build. Nothing is built (no worker runs here): the test reads the
 * `buildSite` jobs the hooks queued. Edits go through the REST handlers the admin uses: "Save
 * draft" is PATCH ?draft=true, "Unpublish" is PATCH `_status: 'draft'`.
 */
let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let refs: SampleRefs

beforeAll(async () => {
  cms = await bootCms()
  actors = await createActors(cms.payload)
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => cms?.close())

let count = 0

/** The site builds waiting in the queue, as the reasons each carries. */
async function waitingBuilds(): Promise<string[][]> {
  const { docs } = await cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'buildSite' } }, sort: 'createdAt', depth: 0, limit: 0 })
  return docs.map((job) => (job.input as { reasons: string[] }).reasons)
}

const clearQueue = () => cms.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })

/** Runs one REST call on an empty queue and returns the reasons of the build it queued (none: []). */
async function rebuildsFrom(call: () => Promise<RestResponse>): Promise<{ reasons: string[]; doc: { id: number; slug: string } }> {
  await clearQueue()
  const response = await call()
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
  const builds = await waitingBuilds()
  expect(builds.length).toBeLessThanOrEqual(1)
  return { reasons: builds[0] ?? [], doc: response.body.doc }
}

describe.each<ContentCollection>(['situations', 'sops'])('site rebuilds for %s', (collection) => {
  const editor = () => actors.editor.credentials
  const create = async (status: 'published' | 'draft') => {
    const data = { ...sampleData(collection, `rebuild ${++count}`, refs), _status: status }
    const path = status === 'draft' ? `${collection}?draft=true` : collection
    return rebuildsFrom(() => rest('POST', path, { as: editor(), body: data }))
  }
  const saveDraft = (id: number) =>
    rebuildsFrom(() => rest('PATCH', `${collection}/${id}?draft=true`, { as: editor(), body: { title: `Draft title ${++count}`, _status: 'draft' } }))
  const label = (slug: string, what: string) => `${collection} "${slug}" ${what}`

  it('publishing a new entry asks for a rebuild', async () => {
    const { reasons, doc } = await create('published')
    expect(reasons).toEqual([label(doc.slug, 'published')])
  })

  it('saving a draft of a published entry does not ask for a rebuild', async () => {
    const { doc: entry } = await create('published')
    expect((await saveDraft(entry.id)).reasons).toEqual([])
  })

  it('unpublishing an entry that has a pending draft asks for a rebuild', async () => {
    const { doc: entry } = await create('published')
    await saveDraft(entry.id)
    const { reasons, doc } = await rebuildsFrom(() => rest('PATCH', `${collection}/${entry.id}`, { as: editor(), body: { _status: 'draft' } }))
    expect(reasons).toEqual([label(doc.slug, 'unpublished')])
    expect((await rest('GET', `${collection}/${entry.id}`)).status).toBe(404) // no longer public
  })

  it('editing a published entry (publishing it again) asks for a rebuild', async () => {
    const { doc: entry } = await create('published')
    const { reasons, doc } = await rebuildsFrom(() =>
      rest('PATCH', `${collection}/${entry.id}`, { as: editor(), body: { title: `Edited ${++count}`, _status: 'published' } }),
    )
    expect(reasons).toEqual([label(doc.slug, 'updated')])
  })

  it('deleting a published entry asks for a rebuild', async () => {
    const { doc: entry } = await create('published')
    const { reasons } = await rebuildsFrom(() => rest('DELETE', `${collection}/${entry.id}`, { as: actors.admin.credentials }))
    expect(reasons).toEqual([label(entry.slug, 'deleted')])
  })

  it('deleting a never-published draft does not ask for a rebuild', async () => {
    const { doc: entry } = await create('draft')
    const { reasons } = await rebuildsFrom(() => rest('DELETE', `${collection}/${entry.id}`, { as: actors.admin.credentials }))
    expect(reasons).toEqual([])
  })

  it('saving a draft of a never-published entry does not ask for a rebuild', async () => {
    const { reasons, doc: entry } = await create('draft')
    expect(reasons).toEqual([]) // nor did creating it as a draft
    expect((await saveDraft(entry.id)).reasons).toEqual([])
  })
})

describe('the build queue', () => {
  const publish = (tag: string) =>
    rest('POST', 'situations', { as: actors.editor.credentials, body: { ...sampleData('situations', tag, refs), _status: 'published' } })

  it('keeps one waiting build for a burst of publishes, carrying every reason', async () => {
    await clearQueue()
    const first = await publish(`burst ${++count}`)
    const second = await publish(`burst ${++count}`)
    const builds = await waitingBuilds()
    expect(builds).toHaveLength(1)
    expect(builds[0]).toEqual([`situations "${first.body.doc.slug}" published`, `situations "${second.body.doc.slug}" published`])
  })

  it('queues no build for a publish whose commit the database refuses', async () => {
    await clearQueue()
    expect((await withFailingCommits(cms.payload, () => publish(`refused ${++count}`))).status).toBe(503)
    expect(await waitingBuilds()).toEqual([])
  })
})

describe('rebuilding by hand', () => {
  it('lets an admin queue a site build with "Rebuild now"', async () => {
    await clearQueue()
    const response = await rest('POST', 'globals/site-build/rebuild', { as: actors.admin.credentials })
    expect(response.status).toBe(202)
    expect(await waitingBuilds()).toEqual([['rebuild requested by admin@kb.test']])
  })

  it('refuses "Rebuild now" to editors and tools, queuing nothing', async () => {
    await clearQueue()
    for (const actor of [actors.editor, actors['api key'], actors.anonymous]) {
      expect((await rest('POST', 'globals/site-build/rebuild', { as: actor.credentials })).status).toBe(403)
    }
    expect(await waitingBuilds()).toEqual([])
  })
})

describe('many changes in one request', () => {
  it('queue one build that names every change (an import)', async () => {
    await clearQueue()
    const req = await createLocalReq({ user: actors.admin.user! }, cms.payload)
    await initTransaction(req)
    const slugs: string[] = []
    for (let i = 0; i < 3; i++) {
      const doc = await cms.payload.create({ collection: 'situations', data: { ...sampleData('situations', `import ${++count}`, refs), _status: 'published' } as never, req })
      slugs.push(doc.slug)
    }
    await commitTransaction(req)
    expect(await waitingBuilds()).toEqual([slugs.map((slug) => `situations "${slug}" published`)])
  })
})
