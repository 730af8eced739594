import { afterAll, beforeAll } from 'vitest'
import { createActors, type Actor } from './actors.ts'
import { bootCms, type BootedCms } from './boot-cms.ts'
import { createSampleRefs, type SampleRefs } from './sample-data.ts'

/** What a test file gets from `cmsForFile`. */
export interface CmsForFile {
  cms: BootedCms
  actors: Record<Actor['name'], Actor>
  refs: SampleRefs
}

/**
 * Boots the CMS once for the calling test file (in `beforeAll`), with the four actors and the
 * published situation and source samples point at, and closes it in `afterAll`. Returns a getter
 * to call inside tests.
 */
export function cmsForFile(): () => CmsForFile {
  let context: CmsForFile | undefined
  beforeAll(async () => {
    const cms = await bootCms()
    context = { cms, actors: await createActors(cms.payload), refs: await createSampleRefs(cms.payload) }
  })
  afterAll(async () => context?.cms.close())
  return () => {
    if (!context) throw new Error('cmsForFile(): the CMS is not booted yet (use it inside tests or hooks)')
    return context
  }
}
