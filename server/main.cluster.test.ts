import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from './test/free-port.ts';

/** SERVER_WORKERS: the server as several processes sharing its port (PostgreSQL only). */

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function start(env: Record<string, string>) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'univer-cluster-'));
  dirs.push(dataDir);
  const child = spawn(process.execPath, ['server/main.ts'], { env: { ...process.env, DATABASE_URL: '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', DATA_DIR: dataDir, WEB_DIR: path.join(dataDir, 'no-web'), ...env } });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { url: `http://127.0.0.1:${port}`, output: () => out, exited, child };
}

async function until(what: string, output: () => string, test: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await test()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not happen:\n${output()}`);
}

const workerPids = (out: string) => [...out.matchAll(/"pid":(\d+)[^\n]*"msg":"worker listening"/g)].map((m) => Number(m[1]));

describe('several server processes', () => {
  it('refuse to start on the embedded database, with a clear message', async () => {
    const server = await start({ SERVER_WORKERS: '2' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/SERVER_WORKERS above 1 needs DATABASE_URL/);
  }, 60_000);

  if (process.env.TEST_DB_KIND === 'postgres') {
    it('share the port on PostgreSQL, replace a worker that dies, and all stop on SIGTERM', async () => {
      const name = `univer_cluster_${randomBytes(5).toString('hex')}`;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${name}`;
      try {
        const server = await start({ DATABASE_URL: url.toString(), SERVER_WORKERS: '2', SEED_DEMO: 'false', ADMIN_USERNAME: 'admin', ADMIN_PASSWORD: 'Cluster-Test-2026!' });
        await until('two workers listening', server.output, () => /with 2 workers/.test(server.output()));
        const pids = workerPids(server.output());
        expect(pids).toHaveLength(2);
        // both serve: signed in on one connection, the session works on the next ones, whichever worker takes them
        const signIn = await fetch(`${server.url}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: JSON.stringify({ username: 'admin', password: 'Cluster-Test-2026!' }) });
        expect(signIn.status).toBe(200);
        const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
        for (let i = 0; i < 6; i++) expect((await fetch(`${server.url}/api/auth/me`, { headers: { cookie, connection: 'close' } })).status).toBe(200);
        // a worker killed outright is replaced by a new one, and the server answers meanwhile
        await new Promise((r) => setTimeout(r, 10_500)); // past the start-up window in which a dying worker stops the server
        process.kill(pids[0]!, 'SIGKILL');
        await until('a new worker', server.output, () => workerPids(server.output()).length === 3);
        expect(server.output()).toMatch(/a worker exited: starting another/);
        expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
        server.child.kill('SIGTERM');
        expect(await server.exited).toBe(0);
        expect(server.output()).toMatch(/every worker stopped/);
        for (const pid of workerPids(server.output())) expect(() => process.kill(pid, 0)).toThrow();
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.end();
      }
    }, 180_000);
  }
});
