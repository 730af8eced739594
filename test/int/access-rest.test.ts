import { afterAll } from 'vitest'
import { describeAccessMatrix, type AccessApi } from '../helpers/access-matrix.ts'
import { createActors } from '../helpers/actors.ts'
import { bootCms, type BootedCms } from '../helpers/boot-cms.ts'
import { rest, type RestResponse } from '../helpers/rest.ts'
import { createSampleRefs } from '../helpers/sample-data.ts'

let cms: BootedCms
afterAll(async () => cms?.close())

/** 2xx means the write went through; 403 means it was refused; any other status fails the test. */
function outcome(response: RestResponse): boolean {
  if (response.status >= 200 && response.status < 300) return true
  if (response.status === 403) return false
  throw new Error(`unexpected ${response.status}: ${JSON.stringify(response.body)}`)
}

describeAccessMatrix('REST route handlers', async () => {
  cms = await bootCms()
  const { payload } = cms
  const api: AccessApi = {
    readTitle: async (actor, collection, id, draft) => {
      const response = await rest('GET', `${collection}/${id}?draft=${draft}`, { as: actor.credentials })
      if (response.status === 404) return null
      if (response.status !== 200) throw new Error(`unexpected ${response.status}: ${JSON.stringify(response.body)}`)
      return response.body.title
    },
    create: async (actor, collection, data) => outcome(await rest('POST', `${collection}?draft=true`, { as: actor.credentials, body: data })),
    update: async (actor, collection, id, data) =>
      outcome(await rest('PATCH', `${collection}/${id}?draft=true`, { as: actor.credentials, body: data })),
    publish: async (actor, collection, id) =>
      outcome(await rest('PATCH', `${collection}/${id}`, { as: actor.credentials, body: { _status: 'published' } })),
    remove: async (actor, collection, id) => outcome(await rest('DELETE', `${collection}/${id}`, { as: actor.credentials })),
  }
  return { payload, actors: await createActors(payload), refs: await createSampleRefs(payload), api }
})
