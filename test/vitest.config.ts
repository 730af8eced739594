import { defineConfig } from 'vitest/config'

/**
 * One config, one project per kind of test: `unit` is fast and touches no database; `int` boots
 * Payload once per file on a throwaway database (SQLite, or PostgreSQL with TEST_DATABASE_URL).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', root: import.meta.dirname, include: ['unit/**/*.test.ts'] },
      },
      {
        test: {
          name: 'int',
          root: import.meta.dirname,
          include: ['int/**/*.test.ts'],
          setupFiles: ['helpers/int-env.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Payload boots are CPU heavy and the machine has two cores: one file at a time.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'smoke',
          root: import.meta.dirname,
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
