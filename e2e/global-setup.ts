import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildWebIfStale } from '../scripts/web-build.ts';
import { freePort } from '../server/test/free-port.ts';

async function waitForHealth(baseUrl: string, child: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error('the server did not become healthy in time');
}

/** Lifts the per-address sign-in limit: every journey signs in from 127.0.0.1. */
async function liftSignInLimit(baseUrl: string): Promise<void> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Demo-2026!' }) });
  const me = (await res.json()) as { csrfToken: string };
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const put = await fetch(`${baseUrl}/api/admin/settings/auth.ipSignInsPerMinute`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken },
    body: JSON.stringify({ value: 10_000 }),
  });
  if (!put.ok) throw new Error(`could not lift the sign-in limit: ${put.status}`);
}

/** True when the copied index.html and every asset it names are there (a build running meanwhile may leave a half-written dist/web). */
function isCompleteBuild(webDir: string): boolean {
  const index = path.join(webDir, 'index.html');
  if (!existsSync(index)) return false;
  const assets = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((match) => match[1] ?? '');
  return assets.length > 0 && assets.every((asset) => existsSync(path.join(webDir, asset)));
}

/**
 * A private copy of the built web app for this run's server, so that a rebuild of dist/web
 * while the journeys run (another terminal, a watcher) cannot pull files from under them.
 */
function snapshotWeb(into: string): void {
  for (let attempt = 1; attempt <= 3; attempt++) {
    rmSync(into, { recursive: true, force: true });
    cpSync('dist/web', into, { recursive: true });
    if (isCompleteBuild(into)) return;
    buildWebIfStale();
  }
  throw new Error('dist/web stays incomplete: is another build running?');
}

/** Builds the web app, starts the real server on an embedded database with the demo university. */
export default async function setup(project: TestProject) {
  // E2E_BASE_URL points the journeys at a server already running (while writing a journey); it must hold the demo university
  const existing = process.env.E2E_BASE_URL;
  if (existing) {
    await liftSignInLimit(existing);
    project.provide('baseUrl', existing.replace(/\/$/, ''));
    return;
  }
  buildWebIfStale();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'univer-e2e-'));
  const webDir = path.join(dataDir, 'web');
  snapshotWeb(webDir);
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['server/main.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: path.join(dataDir, 'db'), WEB_DIR: webDir, DATABASE_URL: '', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHealth(baseUrl, child);
  await liftSignInLimit(baseUrl);
  project.provide('baseUrl', baseUrl);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
