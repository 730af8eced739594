import { createRequire } from 'node:module'
import { defineConfig } from 'vitest/config'

/**
 * `graphql` ships a CommonJS and an ES build. Node (and so Payload and graphql-http) loads the
 * CommonJS one, Vite would pick the ES one for our own code: two copies whose classes do not
 * match ("Cannot use GraphQLObjectType from another module or realm"). One copy for everyone.
 */
const GRAPHQL = createRequire(import.meta.url).resolve('graphql')

/**
 * One config, one project per kind of test: `unit` is fast and touches no database; `int` boots
 * Payload once per file on a throwaway database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
 */
export default defineConfig({
  test: {
    // Two cores: builds and Payload boots would fight. One test file at a time, across projects too.
    maxWorkers: 1,
    projects: [
      {
        // Pure functions on small fixtures: files share workers (no per-file process to start).
        test: { name: 'unit', root: import.meta.dirname, include: ['unit/**/*.test.ts'], isolate: false },
      },
      {
        test: {
          name: 'int',
          root: import.meta.dirname,
          include: ['int/**/*.test.ts'],
          setupFiles: ['helpers/int-env.ts'],
          alias: [{ find: /^graphql$/, replacement: GRAPHQL }],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Payload boots are CPU heavy and the machine has two cores: one file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'build',
          root: import.meta.dirname,
          include: ['build/**/*.test.ts'],
          // The fixture site is built once per run and shared with the browser project (inject('fixtureSite')).
          globalSetup: ['helpers/fixture-site-setup.ts'],
          // A test may run a whole `astro build` of the fixture library (a few seconds to a minute).
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // Builds are CPU heavy and share site/'s content cache: one file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'e2e',
          root: import.meta.dirname,
          include: ['e2e/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          root: import.meta.dirname,
          // A beacon, a rebuild or the built admin's drawer can take seconds on two busy cores.
          expect: { poll: { timeout: 15_000 } },
          include: ['browser/**/*.test.ts'],
          globalSetup: ['helpers/fixture-site-setup.ts'],
          testTimeout: 60_000,
          // Each file starts Chromium and serves the shared fixture build before its tests.
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'smoke',
          root: import.meta.dirname,
          expect: { poll: { timeout: 15_000 } },
          include: ['smoke/**/*.test.ts'],
          testTimeout: 60_000,
          // May include a `next build` of the admin when the last one is stale.
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
})
