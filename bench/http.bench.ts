/**
 * `npm run bench:http`: requests/s and p50/p99 latency of the real server (server/main.ts as a
 * child process) on 127.0.0.1, with autocannon, on PGlite and on PostgreSQL: /api/health, and
 * the authenticated reads /api/auth/me and a people search. The figures go to the terminal and
 * into bench/README.md. Settings (environment): BENCH_DURATION (s, default 10), BENCH_CONNECTIONS
 * (50), BENCH_DEMO_SIZE (10: 3,000 students), BENCH_ENGINES (pglite,postgres), BENCH_PG_URL
 * (postgres://postgres@127.0.0.1:5432/postgres: a throwaway database is made there and dropped).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createThrowawayDatabase, serverAnswers } from './lib/throwaway-db.ts';
import { markdownTable, replaceSection, type Measurement } from './lib/report.ts';
import { seededDemo, signIn, startServer } from './lib/server-process.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = 2;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DEMO_SIZE = Number(process.env.BENCH_DEMO_SIZE ?? 10);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim());
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STARTUP_MS = 240_000;

const ENDPOINTS = [
  { path: '/api/health', signedIn: false },
  { path: '/api/auth/me', signedIn: true },
  { path: `/api/people?pageSize=50&q=${encodeURIComponent('ов')}`, signedIn: true },
];

/** What must be undone, last first, whatever happens (child servers, databases, directories). */
const cleanups: (() => Promise<void> | void)[] = [];

async function cleanUp(): Promise<void> {
  while (cleanups.length) {
    try {
      await cleanups.pop()!();
    } catch (err) {
      process.stderr.write(`cleanup: ${(err as Error).message}\n`);
    }
  }
}

async function measure(engine: string, baseUrl: string, endpoint: string, cookie: string | null): Promise<Measurement> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const url = `${baseUrl}${endpoint}`;
  await autocannon({ url, connections: CONNECTIONS, duration: WARMUP, headers }); // JIT, caches, pool: not measured
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers, timeout: 10 });
  return { engine, endpoint: decodeURIComponent(endpoint), requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, errors: r.errors + r.timeouts, non2xx: r.non2xx };
}

/** Each authenticated read answers 200 before it is measured: a benchmark of 401s would measure nothing. */
async function checkEndpoints(baseUrl: string, cookie: string): Promise<number> {
  let people = 0;
  for (const e of ENDPOINTS.filter((x) => x.signedIn)) {
    const res = await fetch(`${baseUrl}${e.path}`, { headers: { cookie } });
    if (res.status !== 200) throw new Error(`${e.path} answered ${res.status}: ${await res.text()}`);
    if (e.path.startsWith('/api/people')) people = ((await res.json()) as { total: number }).total;
  }
  return people;
}

async function runEngine(engine: string): Promise<{ rows: Measurement[]; data: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `univer-bench-${engine}-`));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: Record<string, string> = { DEMO_SIZE: String(DEMO_SIZE) };
  if (engine === 'postgres') {
    const db = await createThrowawayDatabase(PG_URL);
    cleanups.push(() => db.drop());
    env.DATABASE_URL = db.url;
  }
  process.stdout.write(`${engine}: starting the server with the demo university (DEMO_SIZE=${DEMO_SIZE})…\n`);
  const server = await startServer(ROOT, dataDir, env, STARTUP_MS);
  cleanups.push(() => server.stop());
  const cookie = await signIn(server.baseUrl, 'admin', 'Demo-2026!');
  const matches = await checkEndpoints(server.baseUrl, cookie);
  const seeded = seededDemo(server.logFile);
  const data = `${seeded ? `${seeded.users} accounts, ${seeded.units} units` : 'size unknown'}, ${matches} people match «ов»`;
  const rows: Measurement[] = [];
  for (const e of ENDPOINTS) {
    process.stdout.write(`${engine}: ${e.path} for ${DURATION} s with ${CONNECTIONS} connections…\n`);
    rows.push(await measure(engine, server.baseUrl, e.path, e.signedIn ? cookie : null));
  }
  await cleanUp(); // this engine's server, database and directory go before the next engine starts
  return { rows, data };
}

function describeRun(rows: Measurement[], data: Map<string, string>, skipped: string[], load: number): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const seeded = [...data].map(([engine, text]) => `${engine}: ${text}`).join('; ');
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${os.cpus().length} cores, ${os.type()} ${os.release()}, Node ${process.version}.`,
    `autocannon and the server share the machine (127.0.0.1); ${CONNECTIONS} connections, ${DURATION} s per endpoint after a ${WARMUP} s warm-up;`,
    `server logging at info to a file; demo data DEMO_SIZE=${DEMO_SIZE} (${seeded}).`,
    `Load average when the run began: ${load.toFixed(2)} (anything else running on the machine lowers the figures).`,
    skipped.length ? `Skipped: ${skipped.join('; ')}.` : '',
    '',
    markdownTable(rows),
    '',
    'req/s is autocannon\'s average of per-second samples; p50/p99 are latencies in ms; errors include timeouts.',
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}

async function main(): Promise<void> {
  const budgetMs = STARTUP_MS * ENGINES.length + ENGINES.length * ENDPOINTS.length * (DURATION + WARMUP + 10) * 1000;
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench:http took longer than ${Math.round(budgetMs / 1000)} s: stopping\n`);
    void cleanUp().finally(() => process.exit(2));
  }, budgetMs);
  const load = os.loadavg()[0] ?? 0;
  const rows: Measurement[] = [];
  const data = new Map<string, string>();
  const skipped: string[] = [];
  for (const engine of ENGINES) {
    if (engine === 'postgres' && !(await serverAnswers(PG_URL))) {
      skipped.push(`postgres (no server answers at ${PG_URL})`);
      continue;
    }
    const result = await runEngine(engine);
    rows.push(...result.rows);
    data.set(engine, result.data);
  }
  clearTimeout(watchdog);
  const text = describeRun(rows, data, skipped, load);
  process.stdout.write(`\n${text}\n`);
  replaceSection(path.join(ROOT, 'bench', 'README.md'), 'bench:http', text);
  process.stdout.write('\nfigures written to bench/README.md\n');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
await main().catch(async (err: unknown) => {
  process.stderr.write(`bench:http failed: ${err instanceof Error ? err.message : String(err)}\n`);
  await cleanUp();
  process.exit(1);
});
