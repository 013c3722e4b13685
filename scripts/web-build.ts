import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when dist/web is missing or older than its sources (web/, shared/, vite config). */
export function buildWebIfStale(): void {
  const index = path.resolve('dist/web/index.html');
  const sources = ['web', 'shared'].filter((d) => existsSync(d)).map(newestMtime);
  const config = existsSync('vite.config.ts') ? statSync('vite.config.ts').mtimeMs : 0;
  if (existsSync(index) && Math.max(config, ...sources) <= statSync(index).mtimeMs) return;
  process.stdout.write('Building the web app…\n');
  const result = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the web build failed');
}
