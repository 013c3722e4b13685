import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.ts';

const NAMES_A_FILE = /\.[A-Za-z0-9]+$/;

/**
 * Serves the built web app. A path naming a file (favicon.svg, assets/app-1.js) is that file or 404;
 * every other path answers index.html, and the app's router decides what to show.
 */
export function mountWeb(app: Hono<AppEnv>, webDir: string): void {
  const files = existsSync(webDir) ? serveStatic<AppEnv>({ root: webDir, index: '' }) : null;
  const serveFile: MiddlewareHandler<AppEnv> = async (c, next) => {
    if (!NAMES_A_FILE.test(c.req.path) || c.req.path.startsWith('/api/')) return next();
    const found = files ? await files(c, () => Promise.resolve()) : undefined;
    if (!found) return c.text('Not found', 404);
    // file names under assets/ carry a content hash: they never change
    if (c.req.path.startsWith('/assets/')) found.headers.set('Cache-Control', 'public, max-age=31536000, immutable');
    return found;
  };
  app.use('*', serveFile);
  app.get('*', async (c) => {
    const index = path.join(webDir, 'index.html');
    if (!existsSync(index)) return c.text('The web app is not built: run `npm run build`.', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(index, 'utf8'));
  });
}
