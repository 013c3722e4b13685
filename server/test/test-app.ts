import { loadConfig } from '../platform/config.ts';
import { createApp } from '../app.ts';
import type { Database } from '../platform/db/client.ts';
import { createLogger } from '../platform/logging/logger.ts';
import { openTestDatabase } from './test-database.ts';

export interface TestClock {
  now: Date;
  advance(ms: number): void;
}

export interface TestApp {
  app: ReturnType<typeof createApp>;
  database: Database;
  clock: TestClock;
  close(): Promise<void>;
}

/** The whole app on a fresh test database, with a clock the test moves. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const clock: TestClock = {
    now: new Date('2026-09-01T06:00:00Z'),
    advance(ms) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const config = loadConfig({ NODE_ENV: 'test', WEB_DIR: '/nonexistent-web-dir', ...env });
  const app = createApp({ database, config, logger: createLogger('silent'), now: () => clock.now });
  return { app, database, clock, close: () => database.close() };
}
