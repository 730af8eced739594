import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { setRebuildRequesterForTests } from '../../cms/src/publishing/request-site-rebuild.ts'
import { createActors, type Actor } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest, type RestResponse } from '../helpers/rest.ts'
import { createSampleRefs, sampleData, type ContentCollection, type SampleRefs } from '../helpers/sample-data.ts'

/**
 * Which edits ask for a site rebuild. Nothing is built: the scheduler is off (KB_SITE_REBUILD is
 * unset) and the hooks' requests go to a recorder instead. Edits go through the REST handlers
 * the admin uses: "Save draft" is PATCH ?draft=true, "Unpublish" is PATCH `_status: 'draft'`.
 */
delete process.env.KB_SITE_REBUILD

let cms: BootedCms
let actors: Record<Actor['name'], Actor>
let refs: SampleRefs
const requested: { reason: string; ready: Promise<unknown> }[] = []

beforeAll(async () => {
  setRebuildRequesterForTests(() => ({ request: (reason, ready = Promise.resolve()) => void requested.push({ reason, ready }) }))
  cms = await bootCms()
  actors = await createActors(cms.payload)
  refs = await createSampleRefs(cms.payload)
})
afterAll(async () => {
  setRebuildRequesterForTests(undefined)
  await cms?.close()
})

let count = 0

/** Runs one REST call and returns the rebuilds it asked for, once their commits have landed. */
async function rebuildsFrom(call: Promise<RestResponse>): Promise<{ reasons: string[]; doc: { id: number; slug: string } }> {
  requested.splice(0)
  const response = await call
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300)
  const made = requested.splice(0)
  await Promise.all(made.map((r) => r.ready))
  return { reasons: made.map((r) => r.reason), doc: response.body.doc }
}

describe.each<ContentCollection>(['situations', 'sops'])('site rebuilds for %s', (collection) => {
  const editor = () => actors.editor.credentials
  const create = async (status: 'published' | 'draft') => {
    const data = { ...sampleData(collection, `rebuild ${++count}`, refs), _status: status }
    const path = status === 'draft' ? `${collection}?draft=true` : collection
    return rebuildsFrom(rest('POST', path, { as: editor(), body: data }))
  }
  const saveDraft = (id: number) =>
    rebuildsFrom(rest('PATCH', `${collection}/${id}?draft=true`, { as: editor(), body: { title: `Draft title ${++count}`, _status: 'draft' } }))
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
    const { reasons, doc } = await rebuildsFrom(rest('PATCH', `${collection}/${entry.id}`, { as: editor(), body: { _status: 'draft' } }))
    expect(reasons).toEqual([label(doc.slug, 'unpublished')])
    expect((await rest('GET', `${collection}/${entry.id}`)).status).toBe(404) // no longer public
  })

  it('editing a published entry (publishing it again) asks for a rebuild', async () => {
    const { doc: entry } = await create('published')
    const { reasons, doc } = await rebuildsFrom(
      rest('PATCH', `${collection}/${entry.id}`, { as: editor(), body: { title: `Edited ${++count}`, _status: 'published' } }),
    )
    expect(reasons).toEqual([label(doc.slug, 'updated')])
  })

  it('deleting a published entry asks for a rebuild', async () => {
    const { doc: entry } = await create('published')
    const { reasons } = await rebuildsFrom(rest('DELETE', `${collection}/${entry.id}`, { as: actors.admin.credentials }))
    expect(reasons).toEqual([label(entry.slug, 'deleted')])
  })

  it('deleting a never-published draft does not ask for a rebuild', async () => {
    const { doc: entry } = await create('draft')
    const { reasons } = await rebuildsFrom(rest('DELETE', `${collection}/${entry.id}`, { as: actors.admin.credentials }))
    expect(reasons).toEqual([])
  })

  it('saving a draft of a never-published entry does not ask for a rebuild', async () => {
    const { reasons, doc: entry } = await create('draft')
    expect(reasons).toEqual([]) // nor did creating it as a draft
    expect((await saveDraft(entry.id)).reasons).toEqual([])
  })
})
