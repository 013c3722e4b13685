import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '../../server/platform/db/client.ts';
import type { Client } from './registration-setup.ts';

/** Sending registrations with plain node:http (one keep-alive pool), and the invariants checked after a scenario. */

export interface Answer {
  status: number;
  outcome: 'enrolled' | 'waitlisted' | null;
  code: string | null;
  /** ms from when the request was due to its answer (waiting for a free connection included) */
  ms: number;
}

export function enrolRequest(client: Client, disciplineId: string, sectionId: string, waitlist = false) {
  return {
    method: 'POST',
    path: `/api/students/${client.studentId}/enrolments`,
    headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken, 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ planLineId: client.lines.get(disciplineId), sectionId, ...(waitlist ? { waitlist: true } : {}) }),
  };
}

/** POSTs one registration and reads its outcome; a network error or a timeout answers status 0. */
export function send(baseUrl: string, agent: http.Agent, request: ReturnType<typeof enrolRequest>, due: number, timeoutMs = 180_000): Promise<Answer> {
  const url = new URL(request.path, baseUrl);
  return new Promise((resolve) => {
    // status 0: no answer, `code` then the socket's error (ECONNRESET, timeout…)
    const done = (status: number, text: string, failure?: Error) => {
      let outcome: Answer['outcome'] = null;
      let code: string | null = failure ? ((failure as NodeJS.ErrnoException).code ?? failure.message) : null;
      try {
        const body = JSON.parse(text) as { outcome?: Answer['outcome']; error?: { code: string } };
        outcome = body.outcome ?? null;
        code = body.error?.code ?? null;
      } catch {
        // not JSON
      }
      resolve({ status, outcome, code, ms: performance.now() - due });
    };
    const req = http.request(url, { method: request.method, headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) }, agent, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(res.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')));
      res.on('error', (err) => done(0, '', err));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) => done(0, '', err));
    req.end(request.body);
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Invariants {
  overCapacity: number;
  /** sections whose counter differs from their enrolled places plus the seats held for waitlist offers */
  counterMismatch: number;
  enrolments: number;
  waitlisted: number;
  enrolmentAudits: number;
  waitlistAudits: number;
}

/** What the database says about the registrations made since `since` (the server and the bench share the clock). */
export async function invariants(db: Db, since: Date): Promise<Invariants> {
  const at = since.toISOString();
  const [row] = await queryRows<Record<keyof Invariants, number>>(
    db,
    sql`select
      (select count(*)::int from sections where taken > capacity) as "overCapacity",
      (select count(*)::int from sections s where s.taken <> (select count(*) from enrolments e where e.section_id = s.id and e.status = 'enrolled') + (select count(*) from waitlist_entries w where w.section_id = s.id and w.status = 'offered')) as "counterMismatch",
      (select count(*)::int from enrolments where enrolled_at >= ${at}::timestamptz) as "enrolments",
      (select count(*)::int from waitlist_entries where created_at >= ${at}::timestamptz) as "waitlisted",
      (select count(*)::int from audit_log where action = 'registration.enrolment.manage' and entity_type = 'enrolment' and at >= ${at}::timestamptz) as "enrolmentAudits",
      (select count(*)::int from audit_log where action = 'registration.enrolment.manage' and entity_type = 'waitlistEntry' and at >= ${at}::timestamptz) as "waitlistAudits"`,
  );
  return row!;
}

/** Whether the database agrees with the answers: nothing over capacity, and one enrolment and one audit row per accepted answer. */
export function agrees(inv: Invariants, accepted: number, waitlisted: number): boolean {
  return inv.overCapacity === 0 && inv.counterMismatch === 0 && inv.enrolments === accepted && inv.enrolmentAudits === accepted && inv.waitlisted === waitlisted && inv.waitlistAudits === waitlisted;
}

/** What the PostgreSQL server's sessions of the database are doing, sampled: the most frequent statements and waits. */
export async function sampleActivity(db: Db, stopAt: () => boolean, everyMs = 100): Promise<Map<string, number>> {
  const seen = new Map<string, number>();
  while (!stopAt()) {
    const rows = await queryRows<{ what: string }>(
      db,
      sql`select coalesce(wait_event_type || ':' || wait_event, 'cpu') || ' | ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 90) as what
          from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`,
    );
    for (const r of rows) seen.set(r.what, (seen.get(r.what) ?? 0) + 1);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  return seen;
}

/** CPU seconds a process has used so far (Linux /proc), or null elsewhere. */
export function cpuSeconds(pid: number | undefined): number | null {
  if (!pid) return null;
  const stat = (p: number | string) => readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
  try {
    // the server and its workers (SERVER_WORKERS): every process whose parent it is
    let ticks = 0;
    for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
      try {
        const fields = stat(entry);
        if (Number(entry) === pid || Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // gone meanwhile
      }
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

/** The whole machine's busy CPU time so far, in seconds of one core (/proc/stat: all but idle and iowait). */
export function machineBusySeconds(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const total = fields.slice(0, 8).reduce((a, b) => a + b, 0);
    return (total - fields[3]! - fields[4]!) / 100;
  } catch {
    return null;
  }
}
