import { expect } from 'vitest';
import { newId } from '../../platform/ids.ts';
import { updateSetting } from '../../platform/settings/settings.service.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import type { TestApp } from '../../test/test-app.ts';
import { offerings, sections } from './registration.offerings.tables.ts';

/**
 * A master's program whose working plans (2025 and 2026 intakes) place in each semester three fixed
 * disciplines of 6 credits, one of any semester and an elective group (1 of 2); M21 and M31 need M11 passed.
 * The 2026-2027 calendar (autumn registration 1-7 Sept, add/drop to 14 Sept), and offerings of the
 * autumn disciplines (and the spring M21, which needs M11), each with a lecture of 40 seats and two practice groups of 2 seats.
 */

export const PASSWORD = 'Student-2026-pass';
const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });
const fixed = (s: number) => (s < 4 ? [1, 2, 3] : [1]).map((d) => `M${s}${d}`);
export const CODES = [1, 2, 3, 4].flatMap((s) => [...fixed(s), ...(s < 4 ? [`M${s}4`] : []), `E${s}1`, `E${s}2`]);
const line = (ids: Record<string, string>, code: string) => ({
  disciplineId: ids[code]!,
  semester: Number(code[1]),
  cycle: 'professional',
  component: code.startsWith('E') ? 'elective' : 'university',
  groupKind: code.startsWith('E') ? 'elective' : code.endsWith('4') ? 'anySemester' : 'fixed',
  electiveGroup: code.startsWith('E') ? `E${code[1]}` : null,
});
const content = (ids: Record<string, string>) => ({
  semesters: 4,
  attestation: [{ form: 'complexExam', credits: 4 }, { form: 'dissertationDefense', credits: 8 }],
  lines: CODES.map((code) => line(ids, code)),
  electiveGroups: [1, 2, 3, 4].map((s) => ({ key: `E${s}`, choose: 1 })),
  practices: [{ kind: 'research', credits: 6, semester: 4 }],
});

export interface Registration {
  ids: Record<string, string>;
  office: Client;
  registrar: Client;
  /** the sections of each autumn discipline: lecture, practice 1, practice 2 */
  sections: Record<string, { lecture: string; practice1: string; practice2: string; offering: string }>;
  student: (username: string, admissionYear: 2025 | 2026, funding?: 'grant' | 'contract') => Promise<{ id: string; userId: string; client: Client }>;
}

export async function registrationSetup(t: TestApp): Promise<Registration> {
  const db = t.database.db;
  const tree = await createUnitTree(db);
  const ids: Record<string, string> = {};
  const root = await createUser(db, { username: 'root', roles: [{ role: 'administrator' }] });
  const rootCtx = { db, actor: { userId: root, username: 'root', lang: 'en' as const, grants: [], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 't', lang: 'en' as const, ip: null, userAgent: null, services: {} as never };
  await updateSetting(rootCtx, 'auth.ipSignInsPerMinute', 10_000);
  await createUser(db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  await createUser(db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  await createUser(db, { username: 'reg1', roles: [{ role: 'registrar' }] });
  await createUser(db, { username: 'dean1', roles: [{ role: 'deansOffice', scopeUnitId: tree.faculty1 }] });
  await createUser(db, { username: 'cashier1', roles: [{ role: 'cashier' }] });
  const office = await loginAs(t, 'office');
  const registrar = await loginAs(t, 'reg1');
  const department = await loginAs(t, 'dep1');
  expect((await registrar.send('POST', '/api/calendar/years', { startYear: 2026 })).status).toBe(201);
  const program = await office.send<{ id: string }>('POST', '/api/programs', { code: '680100', nameRu: 'Магистратура', nameKy: 'Магистратура', nameEn: 'Master', level: 'master', durationYears: 2, credits: 120, languages: ['ru'], departmentId: tree.department1 });
  ids.program = program.body.id;
  for (const code of CODES) {
    const prerequisites = code === 'M31' || code === 'M21' ? ['M11'] : [];
    const res = await department.send<{ id: string }>('POST', '/api/disciplines', { code, nameRu: `Дисциплина ${code}`, nameKy: `Сабак ${code}`, nameEn: `Discipline ${code}`, departmentId: tree.department1, credits: 6, hours: hours(6), controlForm: 'exam', languages: ['ru'], isElective: code.startsWith('E'), prerequisites });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[code] = res.body.id;
  }
  for (const year of [2025, 2026]) {
    const plan = await department.send<{ id: string }>('POST', '/api/plans', { programId: ids.program, kind: 'working', admissionYear: year });
    const saved = await department.send<{ findings: unknown[] }>('PUT', `/api/plans/${plan.body.id}/content`, content(ids));
    expect(saved.body.findings, JSON.stringify(saved.body)).toEqual([]);
    expect((await registrar.send('POST', `/api/plans/${plan.body.id}/approve`)).status).toBe(200);
    const group = await office.send<{ id: string }>('POST', '/api/groups', { code: `ММ-1-${year % 100}`, programId: ids.program, admissionYear: year, language: 'ru', studyForm: 'fullTime' });
    ids[`group${year}`] = group.body.id;
  }
  await createUser(db, { username: 'advisor1', roles: [{ role: 'advisor', scopeUnitId: tree.faculty1 }] });
  const made: Registration['sections'] = {};
  for (const code of [...CODES.filter((c) => c[1] === '1' || c[1] === '3'), 'M21']) {
    const offering = newId();
    await db.insert(offerings).values({ id: offering, disciplineId: ids[code]!, academicYear: 2026, term: code === 'M21' ? 'spring' : 'autumn', language: 'ru', isElective: code.startsWith('E'), expectedStudents: 20 });
    const row = (kind: 'lecture' | 'practice', number: number, capacity: number, minSize: number) => ({ id: newId(), offeringId: offering, kind, number, capacity, minSize });
    const rows = [row('lecture', 1, 40, code.startsWith('E') ? 3 : 0), row('practice', 1, 2, 0), row('practice', 2, 2, 0)];
    await db.insert(sections).values(rows);
    made[code] = { offering, lecture: rows[0]!.id, practice1: rows[1]!.id, practice2: rows[2]!.id };
  }
  let n = 0;
  const student: Registration['student'] = async (username, admissionYear, funding = 'grant') => {
    const created = await office.send<{ id: string; userId: string }>('POST', '/api/students', { username, password: PASSWORD, lastName: 'Асанова', firstName: username, birthDate: '2001-01-02', gender: 'female' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const date = `${admissionYear}-09-01`;
    const order = await office.send<{ id: string }>('POST', '/api/orders', { kind: 'enrol', orderDate: date, effectiveDate: date, reason: `Зачисление ${++n}`, items: [{ studentId: created.body.id, params: { kind: 'enrol', groupId: ids[`group${admissionYear}`], funding } }] });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
    return { id: created.body.id, userId: created.body.userId, client: await loginAs(t, username, PASSWORD) };
  };
  return { ids, office, registrar, sections: made, student };
}
