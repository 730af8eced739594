import { afterAll } from 'vitest'
import { describeAccessMatrix, type AccessApi } from '../helpers/access-matrix.ts'
import { createActors } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { createSampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
afterAll(async () => cms?.close())

/** Runs a write as the actor; a refusal (Forbidden) counts as "not allowed", anything else fails the test. */
async function attempt(write: () => Promise<unknown>): Promise<boolean> {
  try {
    await write()
    return true
  } catch (error) {
    if ((error as { status?: number }).status === 403) return false
    throw error
  }
}

describeAccessMatrix('Local API with overrideAccess: false', async () => {
  cms = await bootCms()
  const { payload } = cms
  const as = (actor: { user: unknown }) => ({ overrideAccess: false, user: actor.user as never })
  const api: AccessApi = {
    readTitle: async (actor, collection, id, draft) => {
      const { docs } = await payload.find({ collection, where: { id: { equals: id } }, draft, ...as(actor) })
      return (docs[0]?.title as string | undefined) ?? null
    },
    create: (actor, collection, data) => attempt(() => payload.create({ collection, data: data as never, draft: true, ...as(actor) })),
    update: (actor, collection, id, data) => attempt(() => payload.update({ collection, id, data: data as never, draft: true, ...as(actor) })),
    publish: (actor, collection, id) => attempt(() => payload.update({ collection, id, data: { _status: 'published' } as never, ...as(actor) })),
    remove: (actor, collection, id) => attempt(() => payload.delete({ collection, id, ...as(actor) })),
  }
  return { payload, actors: await createActors(payload), refs: await createSampleRefs(payload), api }
})
