import { afterAll, describe, expect, it } from 'vitest'
import { checkLibrary } from '@kb/content/files'
import { loadPublishedLibrary } from '../../site/src/loaders/published-library.ts'
import { FIXTURE_LIBRARY_DIR } from '../helpers/site-build.ts'
import { startFakeCms, type FakeCms } from '../helpers/site-fake-cms.ts'

/** The site's loader reads the entries' change times (`updated`) beside the library, checked with the shared schema. */
const library = checkLibrary(FIXTURE_LIBRARY_DIR).library
const servers: FakeCms[] = []
const load = async (body: unknown) => {
  const server = await startFakeCms(() => ({ status: 200, body }))
  servers.push(server)
  return loadPublishedLibrary({ url: `${server.url}/api/library/published` })
}
afterAll(async () => Promise.all(servers.map((server) => server.close())))

describe("the site loader's change times", () => {
  it('hands the build the change times the CMS sent', async () => {
    const updated = { scripts: { 'sorry-for-the-wait': '2026-11-30T14:05:00.000Z' } }
    expect((await load({ ...library, updated })).updated).toEqual(updated)
  })

  it('builds from a CMS that sends no change times, with none', async () => {
    expect((await load(library)).updated).toEqual({})
  })

  it('refuses a change time that is not an ISO timestamp, naming the field', async () => {
    const updated = { scripts: { 'sorry-for-the-wait': 'yesterday' } }
    await expect(load({ ...library, updated })).rejects.toThrow(/field "updated\.scripts\.sorry-for-the-wait": expected an ISO timestamp/)
  })
})
