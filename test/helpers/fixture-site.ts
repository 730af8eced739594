/**
 * The fixture site every build and browser test reads: the fixture library imported into a
 * throwaway CMS (with its planted drafts) and built once per test run by the `globalSetup` of
 * those projects (fixture-site-setup.ts). Tests that only read the build take it from here;
 * only tests that change the content build again.
 */
import { inject } from 'vitest'
import type { Library } from '@kb/content'

/**
 * `dist`: the built site (read it, never change it: copy it first).
 * `env`: points another `astro build` at the fixture's published-library endpoint (`CMS_URL`, …)
 *   and a CMS at the fixture database (`DATABASE_URL`, …).
 * `published`: the published library as that endpoint answers it.
 * `siteUrl`: the `SITE_URL` of the build.
 */
export interface FixtureSite {
  dist: string
  env: Record<string, string>
  published: Library
  siteUrl: string
}

declare module 'vitest' {
  export interface ProvidedContext {
    fixtureSite: FixtureSite
  }
}

/** The shared fixture site; throws, saying why, in a project without the fixture-site globalSetup. */
export function fixtureSite(): FixtureSite {
  const site = inject('fixtureSite')
  if (!site) throw new Error('no fixture site was provided: add helpers/fixture-site-setup.ts to this project\'s globalSetup in test/vitest.config.ts')
  return site
}
