/**
 * `npm run bench:registration`: registrations through the HTTP API of the real server (server/main.ts
 * as a child process) on a throwaway PostgreSQL database (and scenario (a) on PGlite), every client a
 * student with their own session. (a) many concurrent clients over many sections, with autocannon;
 * (b) a rush replay: students × 6 requests arriving within a window; (c) a crowd at the last seats
 * of one section. After each: the invariants in SQL. Figures go to the terminal and bench/README.md.
 * Settings: see bench/README.md (BENCH_STUDENTS, BENCH_ENGINES, BENCH_DURATION, …).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { openDatabase } from '../server/platform/db/client.ts';
import { agrees, cpuSeconds, enrolRequest, invariants, machineBusySeconds, percentile, sampleActivity, send, type Answer, type Invariants } from './lib/registration-drive.ts';
import { seedBenchData, type BenchData } from './lib/registration-setup.ts';
import { replaceSection } from './lib/report.ts';
import { startServer } from './lib/server-process.ts';
import { createThrowawayDatabase, serverAnswers } from './lib/throwaway-db.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const S = {
  students: env('BENCH_STUDENTS', 50_000),
  pgliteStudents: env('BENCH_PGLITE_STUDENTS', env('BENCH_STUDENTS', 50_000)),
  engines: (process.env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim()),
  pgUrl: process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  duration: env('BENCH_DURATION', 10),
  connections: env('BENCH_CONNECTIONS', 500),
  disciplines: env('BENCH_DISCIPLINES', 8),
  sections: env('BENCH_SECTIONS', 100),
  rushStudents: env('BENCH_RUSH_STUDENTS', 16_000),
  rushRequests: env('BENCH_RUSH_REQUESTS', 6),
  rushWindow: env('BENCH_RUSH_WINDOW', 60),
  rushSockets: env('BENCH_RUSH_SOCKETS', 1000),
  hotClients: env('BENCH_HOT_CLIENTS', 1000),
  hotSeats: env('BENCH_HOT_SEATS', 30),
  hotPrefilled: env('BENCH_HOT_PREFILLED', 70),
  poolSize: env('BENCH_DB_POOL_SIZE', 10),
  // on PostgreSQL the server may run as several processes (SERVER_WORKERS); PGlite is one process's own.
  // One by default: on 2 cores shared with the database and the load generator, a second gains nothing
  workers: env('BENCH_SERVER_WORKERS', 1),
  timeout: env('BENCH_TIMEOUT', 1800),
};
const SECRET = randomBytes(32).toString('hex');

interface Row { engine: string; scenario: string; requests: number; rps: number; p50: number; p99: number; max: number; accepted: number; waitlisted: number; refused: number; errors: number; wall: number; check: string; target: string }

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
const say = (text: string) => process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

function checkText(inv: Invariants, accepted: number, waitlisted: number): string {
  const ok = agrees(inv, accepted, waitlisted);
  return `${ok ? 'ok' : 'MISMATCH'}: over capacity ${inv.overCapacity}, counter≠places ${inv.counterMismatch}, enrolments ${inv.enrolments}/audit ${inv.enrolmentAudits}, waitlist ${inv.waitlisted}/audit ${inv.waitlistAudits}`;
}

/**
 * (a) a closed loop: each of the connections sends its next registration as soon as the last one is
 * answered; every request is a new (student, discipline), the section spread by the student. Not
 * autocannon: it drops the requests in flight when its time is up, which the server still carries
 * out, so its counts could not be held against the database's.
 */
async function wide(baseUrl: string, data: BenchData, clients: BenchData['clients'], seconds: number): Promise<{ answers: Answer[]; wall: number }> {
  const offerings = data.load.offerings.slice(0, S.disciplines);
  const agent = new http.Agent({ keepAlive: true, maxSockets: S.connections });
  const answers: Answer[] = [];
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const n = wideNext++;
      const c = clients[n % clients.length]!;
      const o = offerings[Math.floor(n / clients.length) % offerings.length]!;
      const due = performance.now();
      answers.push(await send(baseUrl, agent, enrolRequest(c, o.disciplineId, o.sectionIds[n % o.sectionIds.length]!), due, 60_000));
    }
  };
  await Promise.all(Array.from({ length: S.connections }, loop));
  agent.destroy();
  return { answers, wall: (performance.now() - t0) / 1000 };
}
let wideNext = 0;

async function scenarioA(engine: string, baseUrl: string, data: BenchData, clients: BenchData['clients'], check: () => Promise<Invariants>, logFile: string, profile?: { pid?: number; activity?: (stop: () => boolean) => Promise<Map<string, number>> }): Promise<{ row: Row; notes: string[] }> {
  say(`${engine} (a): ${S.connections} connections for ${S.duration} s over ${S.disciplines} offerings × ${S.sections} sections…`);
  wideNext = 0;
  const warm = await wide(baseUrl, data, clients, 2); // JIT, caches, pool: not measured (but checked)
  let stop = false;
  const sampling = profile?.activity?.(() => stop);
  const cpu0 = cpuSeconds(profile?.pid);
  const busy0 = machineBusySeconds();
  const own0 = process.cpuUsage();
  const { answers, wall } = await wide(baseUrl, data, clients, S.duration);
  const cpu1 = cpuSeconds(profile?.pid);
  const busy1 = machineBusySeconds();
  const own = process.cpuUsage(own0);
  stop = true;
  const activity = sampling ? await sampling : null;
  const s = summarise(answers);
  const all = summarise([...warm.answers, ...answers]);
  const inv = await check();
  const notes = errorNotes(engine, '(a)', answers, logFile);
  if (cpu0 !== null && cpu1 !== null) {
    const server = (cpu1 - cpu0) / wall;
    const generator = (own.user + own.system) / 1e6 / wall;
    const rest = busy0 !== null && busy1 !== null ? `, the rest of the machine (the database, the other services) ${((busy1 - busy0) / wall - server - generator).toFixed(2)}, of ${os.cpus().length}` : '';
    notes.push(`${engine} (a): cores busy on average: the server's processes ${server.toFixed(2)}, the load generator ${generator.toFixed(2)}${rest}; ${((1000 * server * wall) / answers.length).toFixed(2)} ms of the server's CPU per request.`);
  }
  if (activity) {
    const total = [...activity.values()].reduce((a, b) => a + b, 0);
    const top = [...activity].sort((x, y) => y[1] - x[1]).slice(0, 8).map(([what, n]) => `  - ${((100 * n) / total).toFixed(0)}% \`${what.replaceAll('`', "'")}\``);
    notes.push(`${engine} (a): what the database's active sessions were doing, sampled every 100 ms (${total} samples; wait event | statement):`, ...top);
  }
  const rps = answers.length / wall;
  const target = rps >= 2000 && s.p99 <= 150 && s.errors === 0 ? 'met' : 'missed (≥ 2,000 req/s and p99 ≤ 150 ms)';
  return { row: { engine, scenario: '(a) wide', requests: answers.length, rps, ...s, wall, check: checkText(inv, all.accepted, all.waitlisted), target }, notes };
}

/**
 * When a scenario had errors: what they were (status and error code of the answers, 0 = no answer)
 * and what the server logged at error level meanwhile (by message and the error's own), so a run says
 * why without its log, which goes with its temporary directory.
 */
function errorNotes(engine: string, scenario: string, answers: Answer[], logFile: string): string[] {
  const failed = answers.filter((a) => a.status === 0 || a.status >= 500);
  if (failed.length === 0) return [];
  const byKind = new Map<string, number>();
  for (const a of failed) byKind.set(`${a.status} ${a.code ?? '-'}`, (byKind.get(`${a.status} ${a.code ?? '-'}`) ?? 0) + 1);
  const logged = new Map<string, number>();
  try {
    for (const line of readFileSync(logFile, 'utf8').split('\n')) {
      if (!line.startsWith('{')) continue;
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string; code?: string } };
      if ((entry.level ?? 0) < 50) continue;
      const what = `${entry.msg ?? ''}: ${entry.err?.code ?? ''} ${entry.err?.message ?? ''}`.slice(0, 160);
      logged.set(what, (logged.get(what) ?? 0) + 1);
    }
  } catch (err) {
    logged.set(`(the log could not be read: ${(err as Error).message})`, 1);
  }
  const list = (m: Map<string, number>) => [...m].sort((x, y) => y[1] - x[1]).slice(0, 5).map(([k, n]) => `${n} × ${k}`).join('; ') || 'nothing';
  const ms = failed.map((a) => a.ms);
  return [`${engine} ${scenario}: the ${failed.length} errors by status and code: ${list(byKind)}, after ${Math.min(...ms).toFixed(0)}-${Math.max(...ms).toFixed(0)} ms (p50 ${percentile(ms, 50).toFixed(0)}); the server logged at error level: ${list(logged)}.`];
}

function summarise(answers: Answer[]) {
  return {
    accepted: answers.filter((a) => a.status === 201 && a.outcome === 'enrolled').length,
    waitlisted: answers.filter((a) => a.status === 201 && a.outcome === 'waitlisted').length,
    refused: answers.filter((a) => a.status >= 400 && a.status < 500).length,
    errors: answers.filter((a) => a.status === 0 || a.status >= 500).length,
    p50: percentile(answers.map((a) => a.ms), 50),
    p99: percentile(answers.map((a) => a.ms), 99),
    max: Math.max(0, ...answers.map((a) => a.ms)),
  };
}

/** (b) each of the students' requests arrives at a random moment of the window, on a pool of keep-alive connections. */
async function scenarioB(baseUrl: string, data: BenchData, clients: BenchData['clients'], check: () => Promise<Invariants>, logFile: string, notes: string[]): Promise<Row> {
  const offerings = data.load.offerings.slice(0, Math.min(S.rushRequests, S.disciplines));
  const agent = new http.Agent({ keepAlive: true, maxSockets: S.rushSockets });
  const plan = clients.flatMap((c, ci) => offerings.map((o) => ({ at: Math.random() * S.rushWindow * 1000, request: enrolRequest(c, o.disciplineId, o.sectionIds[ci % o.sectionIds.length]!) })));
  plan.sort((a, b) => a.at - b.at);
  say(`postgres (b): ${clients.length} students × ${offerings.length} requests arriving within ${S.rushWindow} s…`);
  const t0 = performance.now();
  const pending: Promise<Answer>[] = [];
  for (const p of plan) {
    const wait = t0 + p.at - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(send(baseUrl, agent, p.request, t0 + p.at));
  }
  const answers = await Promise.all(pending);
  const wall = (performance.now() - t0) / 1000;
  agent.destroy();
  const s = summarise(answers);
  const inv = await check();
  notes.push(...errorNotes('postgres', '(b)', answers, logFile));
  const target = wall <= 180 && s.p99 <= 2000 && s.errors === 0 ? 'met' : 'missed (all within 180 s, p99 ≤ 2 s, no server error)';
  return { engine: 'postgres', scenario: '(b) rush replay', requests: answers.length, rps: answers.length / wall, ...s, wall, check: checkText(inv, s.accepted, s.waitlisted), target };
}

/** (c) the crowd fires at once at the last seats of one section; half ask for the waitlist. */
async function scenarioC(baseUrl: string, data: BenchData, clients: BenchData['clients'], check: () => Promise<Invariants>, logFile: string, notes: string[]): Promise<Row> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients.length });
  say(`postgres (c): ${clients.length} at once at the last ${S.hotSeats} seats of one section…`);
  const requests = clients.map((c, i) => enrolRequest(c, data.hot.disciplineId, data.hot.sectionId, i % 2 === 1));
  const t0 = performance.now();
  const answers = await Promise.all(requests.map((r) => send(baseUrl, agent, r, t0)));
  const wall = (performance.now() - t0) / 1000;
  agent.destroy();
  const s = summarise(answers);
  const inv = await check();
  notes.push(...errorNotes('postgres', '(c)', answers, logFile));
  const target = s.accepted === S.hotSeats && s.accepted + s.waitlisted + s.refused === answers.length && wall <= 3 ? 'met' : `missed (exactly ${S.hotSeats} accepted, the rest refused or waitlisted, within 3 s)`;
  return { engine: 'postgres', scenario: `(c) last ${S.hotSeats} seats`, requests: answers.length, rps: answers.length / wall, ...s, wall, check: checkText(inv, s.accepted, s.waitlisted), target };
}

/** BENCH_SYNCHRONOUS_COMMIT=off: commits of the throwaway database stop waiting for the WAL flush (to see what bounds the run past the disk). */
async function setSynchronousCommitOff(url: string): Promise<void> {
  const db = await openDatabase({ url, poolSize: 1 });
  try {
    await db.db.execute(sql.raw(`alter database ${new URL(url).pathname.slice(1)} set synchronous_commit = off`));
  } finally {
    await db.close();
  }
}

/** CHECKPOINT: the seeding's dirty pages go to disk now, not during the measured run. */
async function checkpoint(url: string): Promise<void> {
  const db = await openDatabase({ url, poolSize: 1 });
  try {
    await db.db.execute(sql`checkpoint`);
  } finally {
    await db.close();
  }
}

function partition(data: BenchData, rush: boolean) {
  const hot = rush ? data.clients.slice(0, S.hotClients) : [];
  const rushers = rush ? data.clients.slice(hot.length, hot.length + S.rushStudents) : [];
  const rest = data.clients.slice(hot.length + rushers.length);
  if (rest.length < S.connections) throw new Error(`${data.clients.length} students are too few: (c) takes ${hot.length}, (b) ${rushers.length}, (a) needs at least ${S.connections}`);
  return { hot, rushers, rest };
}

async function runEngine(engine: 'postgres' | 'pglite'): Promise<{ rows: Row[]; notes: string[] }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `univer-bench-reg-${engine}-`));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const students = engine === 'postgres' ? S.students : S.pgliteStudents;
  const target: { url?: string; dataDir?: string } = {};
  const serverEnv: Record<string, string> = { APP_SECRET: SECRET, SEED_DEMO: 'false', DB_POOL_SIZE: String(S.poolSize), LOG_LEVEL: 'info' };
  if (engine === 'postgres') {
    const db = await createThrowawayDatabase(S.pgUrl);
    cleanups.push(() => db.drop());
    if (process.env.BENCH_SYNCHRONOUS_COMMIT === 'off') await setSynchronousCommitOff(db.url);
    target.url = db.url;
    serverEnv.DATABASE_URL = db.url;
    serverEnv.SERVER_WORKERS = String(S.workers);
  } else target.dataDir = path.join(dataDir, 'pglite');
  say(`${engine}: seeding ${students} students (demo, ИУПs, offerings, sessions)…`);
  const capacity = Math.ceil(students / S.sections) + 10;
  const data = await seedBenchData(target, { students, disciplines: S.disciplines, sectionsPerOffering: S.sections, capacity, hotPrefilled: S.hotPrefilled, hotCapacity: S.hotPrefilled + S.hotSeats, secret: SECRET });
  const notes = [`${engine}: demo DEMO_SIZE=${data.demoSize} seeded in ${data.seconds.demo.toFixed(0)} s; ${data.load.students.length} students with an ИУП (${S.disciplines + 1} lines each, ${data.load.academicYear} ${data.load.term}) and ${S.disciplines} offerings × ${S.sections} sections of ${capacity} seats in ${data.seconds.load.toFixed(0)} s; ${data.clients.length} sessions in ${data.seconds.sessions.toFixed(0)} s.`];
  // the data set is loaded the day before: its writes are checkpointed before registration opens
  if (engine === 'postgres') await checkpoint(target.url!);
  const server = await startServer(ROOT, dataDir, serverEnv, 300_000);
  cleanups.push(() => server.stop());
  const { hot, rushers, rest } = partition(data, engine === 'postgres');
  const rows: Row[] = [];
  if (engine === 'postgres') {
    const checker = await openDatabase({ url: target.url!, poolSize: 2 });
    cleanups.push(() => checker.close());
    const at = () => new Date();
    let since = at();
    const a = await scenarioA(engine, server.baseUrl, data, rest, () => invariants(checker.db, since), server.logFile, { pid: server.child.pid, activity: (stop) => sampleActivity(checker.db, stop) });
    rows.push(a.row);
    notes.push(...a.notes);
    since = at();
    rows.push(await scenarioB(server.baseUrl, data, rushers, () => invariants(checker.db, since), server.logFile, notes));
    since = at();
    rows.push(await scenarioC(server.baseUrl, data, hot, () => invariants(checker.db, since), server.logFile, notes));
  } else {
    const since = new Date();
    // PGlite is the server's own: the invariants are read once the server has stopped
    const a = await scenarioA(engine, server.baseUrl, data, rest, async () => {
      await server.stop();
      const db = await openDatabase({ dataDir: target.dataDir! });
      try {
        return await invariants(db.db, since);
      } finally {
        await db.close();
      }
    }, server.logFile, { pid: server.child.pid });
    rows.push(a.row);
    notes.push(...a.notes);
  }
  await cleanUp();
  return { rows, notes };
}

function table(rows: Row[]): string {
  const head = ['engine', 'scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'enrolled', 'waitlisted', 'refused 4xx', '5xx/errors', 'seconds', 'database after', 'target'];
  const cells = (r: Row) => [r.engine, r.scenario, String(r.requests), r.rps.toFixed(0), r.p50.toFixed(0), r.p99.toFixed(0), r.max.toFixed(0), String(r.accepted), String(r.waitlisted), String(r.refused), String(r.errors), r.wall.toFixed(1), r.check, r.target];
  return [head, head.map(() => '---'), ...rows.map(cells)].map((l) => `| ${l.join(' | ')} |`).join('\n');
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench:registration took longer than ${S.timeout} s: stopping\n`);
    void cleanUp().finally(() => process.exit(2));
  }, S.timeout * 1000);
  const load = os.loadavg()[0] ?? 0;
  const rows: Row[] = [];
  const notes: string[] = [];
  for (const engine of S.engines as ('postgres' | 'pglite')[]) {
    if (engine === 'postgres' && !(await serverAnswers(S.pgUrl))) {
      notes.push(`postgres skipped: no server answers at ${S.pgUrl}`);
      continue;
    }
    const result = await runEngine(engine);
    rows.push(...result.rows);
    notes.push(...result.notes);
  }
  clearTimeout(watchdog);
  const text = [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}; PostgreSQL at 127.0.0.1; load average when the run began ${load.toFixed(2)}.`,
    `The load generator and the server share the machine. On PostgreSQL SERVER_WORKERS=${S.workers} (processes sharing the port), each with a pool of DB_POOL_SIZE=${S.poolSize}; synchronous_commit ${process.env.BENCH_SYNCHRONOUS_COMMIT === 'off' ? 'off (BENCH_SYNCHRONOUS_COMMIT)' : 'as the server has it (on)'}; (a) ${S.connections} connections in a closed loop, ${S.duration} s after a 2 s warm-up; (b) ${S.rushSockets} keep-alive sockets at most, latency counted from each request's arrival time; (c) one socket per client.`,
    '',
    table(rows),
    '',
    ...notes.map((n) => (n.startsWith('  -') ? n.slice(2) : `- ${n}`)),
  ].join('\n');
  process.stdout.write(`\n${text}\n`);
  replaceSection(path.join(ROOT, 'bench', 'README.md'), 'bench:registration', text);
  process.stdout.write('\nfigures written to bench/README.md\n');
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
await main().catch(async (err: unknown) => {
  process.stderr.write(`bench:registration failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  await cleanUp();
  process.exit(1);
});
