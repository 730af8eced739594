import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Library } from '@kb/content'
import { buildSite as publishSite, sitePaths } from '@kb/cms/publishing'
import { fixtureSite } from '../helpers/fixture-site.ts'
import { startFakeCms } from '../helpers/site-fake-cms.ts'

/**
 * The build cache (`sitePaths(env).cache`) holds what builds share: Astro's content-layer store,
 * the search vocabulary's reusable parts and the republish snapshot. A build that failed may have
 * left any of them half-written (cms/src/publishing/build-cache.ts).
 */
let library: Library

beforeAll(() => {
  library = fixtureSite().published
})

describe('the build cache after a build that failed', () => {
  it('is dropped, so the next build starts from nothing', async () => {
    const output = mkdtempSync(join(tmpdir(), 'kb-site-output-'))
    let body: unknown = { ...library, scripts: library.scripts.map(({ line: _line, ...rest }) => rest) }
    const broken = await startFakeCms(() => ({ status: 200, body }))
    // The environment a site worker builds with, without the test runner's own variables.
    const env: NodeJS.ProcessEnv = {
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST'))),
      NODE_ENV: 'production', CMS_URL: broken.url, CMS_API_KEY: '', CMS_PUBLIC_URL: 'http://localhost:3000', KB_SITE_OUTPUT: output,
    }
    try {
      await expect(publishSite({ env })).rejects.toThrow(/scripts\.0\.line/)
      const { cache } = sitePaths(env)
      const leftOver = join(cache, 'left-by-the-failed-build')
      writeFileSync(leftOver, '')
      body = library
      await publishSite({ env })
      expect(existsSync(leftOver)).toBe(false)
      expect(existsSync(join(cache, 'data-store.json'))).toBe(true)
    } finally {
      await broken.close()
      rmSync(output, { recursive: true, force: true })
    }
  }, 300_000)
})
