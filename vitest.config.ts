import { defineConfig } from 'vitest/config'

/**
 * Three suites, one config:
 * - unit: pure modules next to their code (no database), fast and parallel;
 * - int:  a real Payload instance per test file on its own fresh database (tests/helpers);
 * - e2e:  the built server in a browser, one file at a time.
 * Each test file runs in its own forked process, so the per-process singletons (Payload's
 * instance, the parsed env and the page cache on globalThis) never leak between files.
 */
export default defineConfig({
  // The site's views pick hono/jsx with a per-file pragma; keep the automatic runtime so it applies.
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    pool: 'forks',
    isolate: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          environment: 'node',
          // Each file builds Payload and migrates a fresh database: that takes seconds, not millis.
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Two files at a time: each owns its database, and more would only fight for the CPU.
          maxWorkers: 2,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          // One production server for the whole e2e run (seeding takes most of its start-up).
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
})
