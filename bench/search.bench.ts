import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { replaceSection } from './lib/report.ts';
import { seededDemo, signIn, startServer } from './lib/server-process.ts';
import { createThrowawayDatabase, serverAnswers } from './lib/throwaway-db.ts';

/**
 * `npm run bench:search` — the student search on 50,000 students on PostgreSQL (issue: p95 < 50 ms).
 * Starts the real server on a throwaway database with the demo at DEMO_SIZE=167 (≈ 50,100 students),
 * signs in as the student personnel office (university-wide reader) and as a dean's office (one
 * faculty), and times a mix of searches one after another (a person at a desk, not a load test).
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const demoSize = Number(process.env.BENCH_DEMO_SIZE ?? 167);
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);

const QUERIES = [
  'q=%D0%BE%D0%B2', // «ов»: thousands of matches, first page
  'q=%D0%90%D1%81%D0%B0%D0%BD%D0%BE%D0%B2%D0%B0', // «Асанова»
  'q=%D0%B1%D0%B0%D0%BA%D1%8B%D1%82%20%D1%83%D1%83%D0%BB%D1%83', // «бакыт уулу» (patronymic)
  'q=s2025001234', // a personal ID
  'q=2024', // a fragment of many IDs
  'course=2&funding=grant',
  'status=onLeave',
  'studyForm=fullTime&course=1&q=%D0%B0',
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function timeQueries(baseUrl: string, cookie: string): Promise<{ p50: number; p95: number; max: number; n: number; totals: number[] }> {
  const times: number[] = [];
  const totals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const query of QUERIES) {
      const started = performance.now();
      const res = await fetch(`${baseUrl}/api/students?${query}&pageSize=50`, { headers: { cookie } });
      const body = (await res.json()) as { total: number };
      times.push(performance.now() - started);
      if (res.status !== 200) throw new Error(`search ${query} answered ${res.status}`);
      if (round === 0) totals.push(body.total);
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? 0, n: times.length, totals };
}

async function main(): Promise<void> {
  if (!(await serverAnswers(adminUrl))) throw new Error(`no PostgreSQL server answers at ${adminUrl}`);
  const database = await createThrowawayDatabase(adminUrl);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'univer-bench-search-'));
  const watchdog = setTimeout(() => {
    process.stderr.write('bench:search took longer than 20 minutes: stopping\n');
    process.exit(2);
  }, 20 * 60_000);
  try {
    const server = await startServer(repoRoot, dataDir, { DATABASE_URL: database.url, DEMO_SIZE: String(demoSize), LOG_LEVEL: 'warn' }, 15 * 60_000);
    try {
      const seeded = seededDemo(server.logFile);
      const rows = [];
      for (const [who, username] of [['student personnel office (university)', 'personnel'], ["dean's office (one faculty)", 'dean']] as const) {
        const cookie = await signIn(server.baseUrl, username, 'Demo-2026!');
        await timeQueries(server.baseUrl, cookie); // warm-up: plans and caches
        const m = await timeQueries(server.baseUrl, cookie);
        rows.push(`| ${who} | ${m.n} | ${m.p50.toFixed(1)} | ${m.p95.toFixed(1)} | ${m.max.toFixed(1)} | ${m.totals.join(' / ')} |`);
      }
      const body = [
        `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}, PostgreSQL at 127.0.0.1; demo DEMO_SIZE=${demoSize}${seeded ? ` (${seeded.users} accounts)` : ''}.`,
        `${QUERIES.length} searches × ${rounds} rounds after a warm-up round, one at a time, page size 50, through the HTTP API (session check included).`,
        '',
        '| reader | searches | p50 ms | p95 ms | max ms | matches per query (first round) |',
        '| --- | --- | --- | --- | --- | --- |',
        ...rows,
      ].join('\n');
      replaceSection(path.join(repoRoot, 'bench', 'README.md'), 'bench:search', body);
      process.stdout.write(`${body}\n`);
    } finally {
      await server.stop();
    }
  } finally {
    clearTimeout(watchdog);
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
