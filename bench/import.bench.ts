/**
 * `npm run bench:import`: the import of 10,000 student cards through the HTTP API (issue: under 20 s),
 * on PGlite and on PostgreSQL. Starts the real server (server/main.ts as a child process, demo
 * university at DEMO_SIZE=1) with a temporary DATA_DIR, or on a throwaway PostgreSQL database;
 * signs in as the student personnel office; generates 10,000 valid rows as CSV and as XLSX (the
 * XLSX with other people, so both can be imported); times a dry run and a real import of each, and
 * then the export of every student as XLSX and CSV. Figures go to the terminal and bench/README.md.
 * Settings (environment): BENCH_ROWS (10000), BENCH_ENGINES (pglite,postgres), BENCH_PG_URL
 * (postgres://postgres@127.0.0.1:5432/postgres).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { replaceSection } from './lib/report.ts';
import { startServer } from './lib/server-process.ts';
import { createThrowawayDatabase, serverAnswers } from './lib/throwaway-db.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ROWS = Number(process.env.BENCH_ROWS ?? 10_000);
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim());
const PG_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const STARTUP_MS = 240_000;
const LIMIT_MS = 20_000;

const HEADER = ['Личный ID', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Пол', 'Гражданство', 'ПИН', 'Паспорт', 'Адрес', 'Телефон', 'Эл. почта', 'Балл ОРТ'];
const MAPPING = { username: 'Личный ID', lastName: 'Фамилия', firstName: 'Имя', patronymic: 'Отчество', birthDate: 'Дата рождения', gender: 'Пол', citizenship: 'Гражданство', personalNumber: 'ПИН', passportNumber: 'Паспорт', address: 'Адрес', phone: 'Телефон', email: 'Эл. почта', ortScore: 'Балл ОРТ' };
const LAST = [['Асанов', 'Асанова'], ['Токтогулов', 'Токтогулова'], ['Иванов', 'Иванова'], ['Жумабеков', 'Жумабекова'], ['Осмонов', 'Осмонова']];
const FIRST = [['Бакыт', 'Айгерим'], ['Эрлан', 'Айпери'], ['Нурлан', 'Жылдыз'], ['Азамат', 'Нургуль']];

/** Row n (unique personal ID, PIN and passport; the PIN agrees with the birth date and gender). */
function row(n: number): string[] {
  const female = n % 2 === 0;
  const day = String((n % 28) + 1).padStart(2, '0');
  const month = String((n % 12) + 1).padStart(2, '0');
  const year = String(1990 + (n % 10));
  const serial = String(50_000 + n).padStart(5, '0');
  const sex = female ? 1 : 0;
  return [
    `bench${String(n).padStart(6, '0')}`, LAST[n % LAST.length]![sex]!, FIRST[n % FIRST.length]![sex]!, female ? 'Бакытовна' : 'Бакытович',
    `${day}.${month}.${year}`, female ? 'ж' : 'м', 'KG', `${female ? 1 : 2}${day}${month}${year}${serial}`, `BN${String(n).padStart(7, '0')}`,
    `г. Нарын, ул. Ленина, д. ${n % 200}`, `+996 700 ${String(n).padStart(6, '0')}`, `bench${n}@example.kg`, String(110 + (n % 130)),
  ];
}

function csvOf(from: number, count: number): Uint8Array {
  const quote = (cell: string) => (/[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  const lines = [HEADER, ...Array.from({ length: count }, (_, i) => row(from + i))].map((cells) => cells.map(quote).join(';'));
  return new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}\r\n`);
}

async function xlsxOf(from: number, count: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Студенты');
  sheet.addRow(HEADER);
  for (let i = 0; i < count; i += 1) {
    const cells: (string | number | Date)[] = row(from + i);
    const [d, m, y] = (cells[4] as string).split('.');
    cells[4] = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))); // a real date cell, as Excel keeps it
    cells[12] = Number(cells[12]);
    sheet.addRow(cells);
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

interface Session {
  baseUrl: string;
  cookie: string;
  csrf: string;
}

async function signIn(baseUrl: string): Promise<Session> {
  const res = await fetch(`${baseUrl}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'personnel', password: 'Demo-2026!' }) });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  return { baseUrl, cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, csrf: body.csrfToken };
}

interface Timing {
  engine: string;
  step: string;
  bytes: number;
  seconds: number;
  result: string;
}

async function importFile(s: Session, name: string, bytes: Uint8Array, dryRun: boolean): Promise<{ seconds: number; result: string }> {
  const form = new FormData();
  form.append('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  form.append('mapping', JSON.stringify(MAPPING));
  form.append('dryRun', String(dryRun));
  const started = performance.now();
  const res = await fetch(`${s.baseUrl}/api/students/import`, { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, body: form });
  const body = (await res.json()) as { rows?: number; valid?: number; imported?: number; error?: { code: string } };
  const seconds = (performance.now() - started) / 1000;
  const expected = dryRun ? 200 : 201;
  if (res.status !== expected || body.valid !== ROWS) throw new Error(`${name} (dryRun=${dryRun}) answered ${res.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return { seconds, result: `${res.status}: ${body.rows} rows, ${body.valid} valid, ${body.imported} imported` };
}

async function exportAll(s: Session, format: 'xlsx' | 'csv'): Promise<{ seconds: number; bytes: number; result: string }> {
  const started = performance.now();
  const res = await fetch(`${s.baseUrl}/api/students/export.${format}`, { headers: { cookie: s.cookie } });
  const bytes = new Uint8Array(await res.arrayBuffer());
  const seconds = (performance.now() - started) / 1000;
  if (res.status !== 200) throw new Error(`export.${format} answered ${res.status}`);
  const lines = format === 'csv' ? new TextDecoder().decode(bytes).trim().split('\r\n').length - 1 : null;
  return { seconds, bytes: bytes.byteLength, result: lines === null ? '200' : `200: ${lines} rows` };
}

async function runEngine(engine: string, files: { csv: Uint8Array; xlsx: Uint8Array }, cleanups: (() => Promise<void> | void)[]): Promise<Timing[]> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `univer-bench-import-${engine}-`));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  const env: Record<string, string> = { DEMO_SIZE: '1', LOG_LEVEL: 'warn' };
  if (engine === 'postgres') {
    const db = await createThrowawayDatabase(PG_URL);
    cleanups.push(() => db.drop());
    env.DATABASE_URL = db.url;
  }
  process.stdout.write(`${engine}: starting the server…\n`);
  const server = await startServer(ROOT, dataDir, env, STARTUP_MS);
  cleanups.push(() => server.stop());
  const session = await signIn(server.baseUrl);
  const timings: Timing[] = [];
  const steps = [
    ['dry run', 'students.csv', files.csv, true],
    ['import', 'students.csv', files.csv, false],
    ['dry run', 'students.xlsx', files.xlsx, true],
    ['import', 'students.xlsx', files.xlsx, false],
  ] as const;
  for (const [step, name, bytes, dryRun] of steps) {
    process.stdout.write(`${engine}: ${step} of ${name}…\n`);
    const { seconds, result } = await importFile(session, name, bytes, dryRun);
    timings.push({ engine, step: `${step} ${name}`, bytes: bytes.byteLength, seconds, result });
  }
  for (const format of ['xlsx', 'csv'] as const) {
    process.stdout.write(`${engine}: export of every student as ${format}…\n`);
    const { seconds, bytes, result } = await exportAll(session, format);
    timings.push({ engine, step: `export.${format} (all)`, bytes, seconds, result });
  }
  return timings;
}

function report(timings: Timing[], skipped: string[], load: number): string {
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(2);
  const lines = timings.map((t) => `| ${t.engine} | ${t.step} | ${mb(t.bytes)} | ${t.seconds.toFixed(2)} | ${t.result} |`);
  const imports = timings.filter((t) => t.step.startsWith('import'));
  const verdict = imports.every((t) => t.seconds * 1000 < LIMIT_MS) ? 'every import stayed under 20 s' : 'an import took 20 s or more';
  return [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, Node ${process.version}; load average at start ${load.toFixed(2)}.`,
    `${ROWS} rows per file (13 mapped columns), through POST /api/students/import on the real server at 127.0.0.1 (demo DEMO_SIZE=1 already in the database); time from sending the file to the answer, upload and parsing included. The XLSX holds other people than the CSV, so both real imports create ${ROWS} cards. The exports then write every student (demo + imported).`,
    skipped.length ? `Skipped: ${skipped.join('; ')}.` : '',
    '',
    '| engine | step | MB | seconds | answer |',
    '| --- | --- | --- | --- | --- |',
    ...lines,
    '',
    `Target: a 10,000-row import under 20 s — ${verdict}.`,
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}

async function main(): Promise<void> {
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanUp = async () => {
    while (cleanups.length) await Promise.resolve(cleanups.pop()!()).catch((err: unknown) => process.stderr.write(`cleanup: ${String(err)}\n`));
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
  const watchdog = setTimeout(() => {
    process.stderr.write('bench:import took longer than 20 minutes: stopping\n');
    void cleanUp().finally(() => process.exit(2));
  }, 20 * 60_000);
  try {
    const load = os.loadavg()[0] ?? 0;
    const files = { csv: csvOf(1, ROWS), xlsx: await xlsxOf(ROWS + 1, ROWS) };
    const timings: Timing[] = [];
    const skipped: string[] = [];
    for (const engine of ENGINES) {
      if (engine === 'postgres' && !(await serverAnswers(PG_URL))) {
        skipped.push(`postgres (no server answers at ${PG_URL})`);
        continue;
      }
      timings.push(...(await runEngine(engine, files, cleanups)));
      await cleanUp(); // this engine's server, database and directory go before the next one starts
    }
    const text = report(timings, skipped, load);
    process.stdout.write(`\n${text}\n`);
    replaceSection(path.join(ROOT, 'bench', 'README.md'), 'bench:import', text);
    process.stdout.write('\nfigures written to bench/README.md\n');
  } finally {
    clearTimeout(watchdog);
    await cleanUp();
  }
}

await main().catch((err: unknown) => {
  process.stderr.write(`bench:import failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
