import { spawn } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './test/free-port.ts';

/** The real server as a process: start-up checks, graceful shutdown, data kept across restarts. */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'univer-proc-'));
  dirs.push(dir);
  return dir;
}

interface Started {
  url: string;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
  exited: Promise<number | null>;
}

async function start(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['server/main.ts'], { env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    url: `http://127.0.0.1:${port}`,
    output: () => out,
    exited,
    stop: (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}

// a first start initialises PGlite, migrates and seeds the demo: on a loaded CI machine that can take minutes
const STARTUP_MS = 150_000;

async function healthy(server: Started): Promise<void> {
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${server.url}/api/health`)).ok) return;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not healthy: ${server.output()}`);
}

/** A PUT whose body is sent in two parts, so the test decides when the request ends. */
function slowRequest(base: string, path: string, headers: Record<string, string>, body: string) {
  const url = new URL(path, base);
  let finish = () => {};
  let headersSent: Promise<void> = Promise.resolve();
  const status = new Promise<number>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'PUT', headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    headersSent = new Promise((r) => req.once('socket', (socket) => socket.once('connect', () => setTimeout(r, 100))));
    req.flushHeaders();
    req.write(body.slice(0, 5));
    finish = () => req.end(body.slice(5));
  });
  return { status, finish: () => finish(), get headersSent() { return headersSent; } };
}

describe('the server process', () => {
  it('refuses to start in production without a secret, with a clear message', async () => {
    const server = await start({ NODE_ENV: 'production', DATA_DIR: tempDir(), APP_SECRET: '' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/APP_SECRET must be set/);
  }, STARTUP_MS);

  it('refuses to start in production while demo passwords remain', async () => {
    const server = await start({ NODE_ENV: 'production', DATA_DIR: tempDir(), APP_SECRET: 'x'.repeat(40), SEED_DEMO: 'true' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/demo password/);
  }, STARTUP_MS);

  it('prints the demo sign-ins, answers every request in flight on SIGTERM, closes cleanly and keeps the data', async () => {
    const dataDir = tempDir();
    const first = await start({ DATA_DIR: dataDir });
    await healthy(first);
    expect(first.output()).toMatch(/Demo sign-ins[\s\S]*administrator\s+admin/);
    const signIn = () => fetch(`${first.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Demo-2026!' }) });
    const res = await signIn();
    // idle keep-alive connections stay open past a proxy's idle timeout (HTTP_KEEP_ALIVE_SECONDS, 65 by default)
    expect(res.headers.get('keep-alive')).toBe('timeout=65');
    const me = (await res.json()) as { csrfToken: string };
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    const changed = await fetch(`${first.url}/api/auth/language`, { method: 'PUT', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': me.csrfToken }, body: JSON.stringify({ lang: 'ky' }) });
    expect(changed.status).toBe(204);
    // a request in flight when the signal arrives: headers sent, body still coming — it must complete
    const inFlight = slowRequest(first.url, '/api/auth/language', { cookie, 'x-csrf-token': me.csrfToken }, JSON.stringify({ lang: 'en' }));
    await inFlight.headersSent;
    const code = first.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    inFlight.finish();
    expect(await inFlight.status).toBe(204);
    expect(await code).toBe(0);
    expect(first.output()).toMatch(/database closed/);

    const second = await start({ DATA_DIR: dataDir, HTTP_KEEP_ALIVE_SECONDS: '30' });
    await healthy(second);
    const again = await fetch(`${second.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'Demo-2026!' }) });
    expect(again.headers.get('keep-alive')).toBe('timeout=30');
    expect(((await again.json()) as { user: { lang: string } }).user.lang).toBe('en');
    expect(second.output()).not.toMatch(/demo university created/);
    expect(await second.stop()).toBe(0);
  }, 2 * STARTUP_MS + 30_000);
});
