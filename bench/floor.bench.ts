/**
 * `npm run bench:floor`: what this machine's PostgreSQL does with no application in front of it, so
 * that the product's own figures (bench:registration) can be read against the machine's ceiling.
 * pgbench (PostgreSQL's own load generator, in C) drives a throwaway database with three scripts,
 * on the same cores and over the same loopback as the product's benchmarks:
 * - select-only: one indexed read per transaction (pgbench's built-in);
 * - simple-update: begin, update, read, insert, commit (pgbench's built-in);
 * - enrol-shaped: the statements of one registration request as the server sends them (three
 *   indexed reads; begin, the student's advisory lock, a row locked `for no key update`, one
 *   statement that takes a seat with a conditional update and writes two rows, commit). Its reads
 *   are simpler than the product's (one table, no joins or JSON), so it is an upper bound of what
 *   the database alone allows the registration of one request.
 * Settings (environment): BENCH_DURATION (s per script, default 10), BENCH_CLIENTS (50),
 * BENCH_SCALE (80: 8,000,000 accounts and 800 tellers, the bench's 800 sections), BENCH_PG_URL,
 * BENCH_PGBENCH (the pgbench binary, default `pgbench` on the PATH).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { machineBusySeconds } from './lib/registration-drive.ts';
import { replaceSection } from './lib/report.ts';
import { createThrowawayDatabase, serverAnswers } from './lib/throwaway-db.ts';

const run = promisify(execFile);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const SCALE = Number(process.env.BENCH_SCALE ?? 80);
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PGBENCH = process.env.BENCH_PGBENCH ?? 'pgbench';

// pgbench's own tables: pgbench_accounts stands for the students and plans, pgbench_tellers for the sections
const ENROL_SHAPED = `\\set aid random(1, 100000 * :scale)
\\set tid random(1, 10 * :scale)
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
SELECT abalance FROM pgbench_accounts WHERE aid = :aid;
BEGIN;
SELECT pg_advisory_xact_lock(:aid);
SELECT abalance FROM pgbench_accounts WHERE aid = :aid FOR NO KEY UPDATE;
WITH seat AS (UPDATE pgbench_tellers SET tbalance = tbalance + 1 WHERE tid = :tid RETURNING tid, bid), placed AS (INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) SELECT tid, bid, :aid, 1, CURRENT_TIMESTAMP FROM seat RETURNING tid, bid) INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) SELECT tid, bid, :aid, 0, CURRENT_TIMESTAMP FROM placed;
END;
`;

interface Row {
  script: string;
  statements: string;
  tps: number;
  latency: number;
  pgbenchCores: number;
  restCores: number;
}

/** Runs pgbench in a shell that prints its child's CPU time when it ends (/proc: cutime + cstime, in ticks). */
async function pgbench(url: string, args: string[]): Promise<{ out: string; cpu: number }> {
  const quoted = [PGBENCH, ...args, url].map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(' ');
  const { stdout } = await run('sh', ['-c', `${quoted} && echo "cpu-ticks $(cut -d')' -f2 /proc/$$/stat | awk '{print $14 + $15}')"`], { maxBuffer: 16 * 1024 * 1024 });
  const ticks = /cpu-ticks (\d+)/.exec(stdout);
  return { out: stdout, cpu: ticks ? Number(ticks[1]) / 100 : 0 };
}

async function measure(url: string, script: string, statements: string, args: string[]): Promise<Row> {
  process.stdout.write(`${script}: ${CLIENTS} clients for ${DURATION} s…\n`);
  await pgbench(url, ['-n', '-M', 'prepared', '-c', String(CLIENTS), '-j', '2', '-T', '2', ...args]); // warm-up: caches, not measured
  const busy0 = machineBusySeconds();
  const t0 = performance.now();
  const { out, cpu } = await pgbench(url, ['-n', '-M', 'prepared', '-c', String(CLIENTS), '-j', '2', '-T', String(DURATION), ...args]);
  const wall = (performance.now() - t0) / 1000;
  const busy1 = machineBusySeconds();
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? NaN);
  const latency = Number(/latency average = ([\d.]+) ms/.exec(out)?.[1] ?? NaN);
  if (!Number.isFinite(tps)) throw new Error(`pgbench printed no tps:\n${out}`);
  const rest = busy0 !== null && busy1 !== null ? (busy1 - busy0) / wall - cpu / wall : NaN;
  return { script, statements, tps, latency, pgbenchCores: cpu / wall, restCores: rest };
}

function describeRun(rows: Row[], load: number): string {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const head = ['script', 'round trips a transaction', 'transactions/s', 'latency avg ms', 'cores: pgbench', 'cores: the rest (the database)'];
  const lines = [head, head.map(() => '---'), ...rows.map((r) => [r.script, r.statements, r.tps.toFixed(0), r.latency.toFixed(1), r.pgbenchCores.toFixed(2), Number.isFinite(r.restCores) ? r.restCores.toFixed(2) : '?'])];
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${cpu}, ${os.cpus().length} cores, ${os.type()} ${os.release()}, ${PGBENCH} against the PostgreSQL of ${new URL(PG_URL).host}.`,
    `pgbench -M prepared, ${CLIENTS} clients, 2 threads, ${DURATION} s per script after a 2 s warm-up, scale ${SCALE}. Load average when the run began: ${load.toFixed(2)}.`,
    '',
    lines.map((l) => `| ${l.join(' | ')} |`).join('\n'),
  ].join('\n');
}

async function main(): Promise<void> {
  if (!(await serverAnswers(PG_URL))) throw new Error(`no PostgreSQL server answers at ${PG_URL}`);
  const load = os.loadavg()[0] ?? 0;
  const db = await createThrowawayDatabase(PG_URL, 'univer_floor');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'univer-floor-'));
  try {
    process.stdout.write(`initialising pgbench's tables at scale ${SCALE}…\n`);
    await pgbench(db.url, ['-i', '-q', '-s', String(SCALE)]);
    const script = path.join(dir, 'enrol-shaped.sql');
    writeFileSync(script, ENROL_SHAPED);
    const rows = [
      await measure(db.url, 'select-only', '1', ['-b', 'select-only']),
      await measure(db.url, 'simple-update', '5', ['-b', 'simple-update']),
      await measure(db.url, 'enrol-shaped', '8', ['-D', `scale=${SCALE}`, '-f', script]),
    ];
    const text = describeRun(rows, load);
    process.stdout.write(`\n${text}\n`);
    replaceSection(path.join(ROOT, 'bench', 'README.md'), 'bench:floor', text);
    process.stdout.write('\nfigures written to bench/README.md\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  }
}

await main().catch((err: unknown) => {
  process.stderr.write(`bench:floor failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
