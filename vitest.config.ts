import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const api = (name: string, env: Record<string, string>, exclude: string[] = []) => ({
  test: {
    name,
    include: ['server/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...exclude],
    environment: 'node' as const,
    globalSetup: ['server/test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks' as const,
    // a worker runs its files one after another in one module graph: each file still opens its own database,
    // but the app's modules load once per worker, not once per file (the suite's largest cost)
    isolate: false,
    env,
  },
});

// The integration suite runs on PGlite always, and on the PostgreSQL server of TEST_DATABASE_URL too when it is set.
const onServer = process.env.TEST_DATABASE_URL ? [api('api-pg', { TEST_DB_KIND: 'postgres' }, ['server/main.process.test.ts'])] : [];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one on a 2-core machine. A worker of the integration suite
    // waits on its database much of the time (the PostgreSQL server, file I/O), so two keep both cores busy: the
    // suite's wall time falls by about 40 % there; larger machines keep the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: { name: 'unit', include: ['shared/**/*.test.ts', 'scripts/**/*.test.ts'], environment: 'node', isolate: false },
      },
      // *.pg.test.ts need the PostgreSQL server itself (PGlite to server and back)
      api('api', { TEST_DB_KIND: 'pglite' }, ['server/**/*.pg.test.ts']),
      ...onServer,
      {
        plugins: [react()],
        test: {
          name: 'web',
          include: ['web/**/*.test.tsx', 'web/**/*.test.ts'],
          environment: 'jsdom',
          setupFiles: ['web/test/setup.ts'],
          css: false,
          // files share one module graph per worker (setup.ts resets what is module state between tests)
          isolate: false,
          // a journey through a page clicks many times; on a loaded 2-core machine that takes more than the default 5 s
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/journeys/*.spec.ts'],
          environment: 'node',
          globalSetup: ['e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
