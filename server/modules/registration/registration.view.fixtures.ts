import { expect } from 'vitest';
import { newId } from '../../platform/ids.ts';
import { updateSetting } from '../../platform/settings/settings.service.ts';
import { disciplinePrerequisites } from '../curricula/curricula.tables.ts';
import { individualPlanLines } from '../curricula/curricula.individual.tables.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import type { TestApp } from '../../test/test-app.ts';
import { offerings, sections, waitlistEntries } from './registration.offerings.tables.ts';

/**
 * Test data of the read side of registration: a master's working plan (4 semesters of 30 credits; in
 * the autumn of 2026 the 2025 intake studies semester 3: M31-M34 mandatory, E31/E32 to choose one),
 * the 2026/27 calendar, offerings with sections for the autumn, and three students: st1 and st2 in
 * group ММ-1-25 (faculty 1), st3 in group ЭК-1-25 (faculty 2, another program without a plan).
 */

export const PASSWORD = 'Student-2026-pass';
const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });
const fixed = (s: number) => (s < 4 ? [1, 2, 3] : [1]).map((d) => `M${s}${d}`);
const codes = [1, 2, 3, 4].flatMap((s) => [...fixed(s), ...(s < 4 ? [`M${s}4`] : []), `E${s}1`, `E${s}2`]);
const line = (ids: Record<string, string>, code: string) => ({
  disciplineId: ids[code]!, semester: Number(code[1]), cycle: 'professional', component: code.startsWith('E') ? 'elective' : 'university',
  groupKind: code.startsWith('E') ? 'elective' : code.endsWith('4') ? 'anySemester' : 'fixed', electiveGroup: code.startsWith('E') ? `E${code[1]}` : null,
});

export interface ViewCampus {
  tree: Awaited<ReturnType<typeof createUnitTree>>;
  ids: Record<string, string>;
  registrar: Client;
  office: Client;
}

async function student(office: Client, ids: Record<string, string>, username: string, group: string, funding: 'grant' | 'contract') {
  const created = await office.send<{ id: string; userId: string }>('POST', '/api/students', { username, password: PASSWORD, lastName: 'Асанова', firstName: username, birthDate: '2006-01-02', gender: 'female' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const order = await office.send<{ id: string }>('POST', '/api/orders', { kind: 'enrol', orderDate: '2025-09-01', effectiveDate: '2025-09-01', reason: 'Зачисление', items: [{ studentId: created.body.id, params: { kind: 'enrol', groupId: group, funding } }] });
  expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
  ids[username] = created.body.id;
  ids[`${username}User`] = created.body.userId;
}

async function workingPlan(t: TestApp, tree: ViewCampus['tree'], registrar: Client, office: Client, ids: Record<string, string>) {
  await createUser(t.database.db, { username: 'dep1', roles: [{ role: 'department', scopeUnitId: tree.department1 }] });
  const department = await loginAs(t, 'dep1');
  const program = await office.send<{ id: string }>('POST', '/api/programs', { code: '680100', nameRu: 'Магистратура', nameKy: 'Магистратура', nameEn: 'Master', level: 'master', durationYears: 2, credits: 120, languages: ['ru'], departmentId: tree.department1 });
  ids.program = program.body.id;
  for (const code of codes) {
    const res = await department.send<{ id: string }>('POST', '/api/disciplines', { code, nameRu: `Дисциплина ${code}`, nameKy: `Сабак ${code}`, nameEn: `Discipline ${code}`, departmentId: tree.department1, credits: 6, hours: hours(6), controlForm: 'exam', languages: ['ru', 'en'], isElective: code.startsWith('E') });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    ids[code] = res.body.id;
  }
  const plan = await department.send<{ id: string }>('POST', '/api/plans', { programId: ids.program, kind: 'working', admissionYear: 2025 });
  const content = { semesters: 4, attestation: [{ form: 'complexExam', credits: 4 }, { form: 'dissertationDefense', credits: 8 }], lines: codes.map((c) => line(ids, c)), electiveGroups: [1, 2, 3, 4].map((s) => ({ key: `E${s}`, choose: 1 })), practices: [{ kind: 'research', credits: 6, semester: 4 }] };
  const saved = await department.send<{ findings: unknown[] }>('PUT', `/api/plans/${plan.body.id}/content`, content);
  expect(saved.body.findings, JSON.stringify(saved.body)).toEqual([]);
  expect((await registrar.send('POST', `/api/plans/${plan.body.id}/approve`)).status).toBe(200);
}

/** The whole campus of the view tests; st1's ИУП of 2026 is derived, the others' not. */
export async function viewCampus(t: TestApp): Promise<ViewCampus> {
  const db = t.database.db;
  const tree = await createUnitTree(db);
  const root = await createUser(db, { username: 'root', roles: [{ role: 'administrator' }] });
  const rootCtx = { db, actor: { userId: root, username: 'root', lang: 'en' as const, grants: [], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 't', lang: 'en' as const, ip: null, userAgent: null, services: {} as never };
  await updateSetting(rootCtx, 'auth.ipSignInsPerMinute', 10_000);
  await createUser(db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  await createUser(db, { username: 'reg', roles: [{ role: 'registrar' }] });
  const office = await loginAs(t, 'office');
  const registrar = await loginAs(t, 'reg');
  const ids: Record<string, string> = {};
  await workingPlan(t, tree, registrar, office, ids);
  expect((await registrar.send('POST', '/api/calendar/years', { startYear: 2026 })).status).toBe(201);
  ids.groupA = (await office.send<{ id: string }>('POST', '/api/groups', { code: 'ММ-1-25', programId: ids.program, admissionYear: 2025, language: 'ru', studyForm: 'fullTime' })).body.id;
  const other = await office.send<{ id: string }>('POST', '/api/programs', { code: '580100', nameRu: 'Экономика', nameKy: 'Экономика', nameEn: 'Economics', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: tree.department2 });
  ids.groupB = (await office.send<{ id: string }>('POST', '/api/groups', { code: 'ЭК-1-25', programId: other.body.id, admissionYear: 2025, language: 'ru', studyForm: 'fullTime' })).body.id;
  await student(office, ids, 'st1', ids.groupA, 'contract');
  await student(office, ids, 'st2', ids.groupA, 'grant');
  await student(office, ids, 'st3', ids.groupB, 'grant');
  ids.teacher = await createUser(db, { username: 'teacher1', lastName: 'Токтогулов', firstName: 'Марат', roles: [{ role: 'teacher', scopeUnitId: tree.department1 }] });
  // M33 needs M11 (semester 1, never graded); M41 (spring) needs M31, studied in the autumn of the same plan
  await db.insert(disciplinePrerequisites).values([{ disciplineId: ids.M33!, prerequisiteId: ids.M11! }, { disciplineId: ids.M41!, prerequisiteId: ids.M31! }]);
  return { tree, ids, registrar, office };
}

/** An offering of a discipline in the autumn of 2026 with sections (kind, capacity, taken). */
export async function offer(t: TestApp, disciplineId: string, list: { kind: 'lecture' | 'practice' | 'lab'; capacity: number; teacherId?: string }[], extra: Partial<typeof offerings.$inferInsert> = {}) {
  const id = newId();
  await t.database.db.insert(offerings).values({ id, disciplineId, academicYear: 2026, term: 'autumn', language: 'ru', ...extra });
  const made: string[] = [];
  for (const [i, s] of list.entries()) {
    const sectionId = newId();
    await t.database.db.insert(sections).values({ id: sectionId, offeringId: id, kind: s.kind, number: i + 1, teacherId: s.teacherId ?? null, capacity: s.capacity, minSize: 0 });
    made.push(sectionId);
  }
  return { id, sections: made };
}

export async function wait(t: TestApp, input: { studentId: string; planLineId: string; sectionId: string }) {
  const id = newId();
  await t.database.db.insert(waitlistEntries).values({ id, ...input, createdAt: t.clock.now, status: 'waiting' });
  return id;
}

/** The line of a plan for a discipline. */
export async function lineOf(t: TestApp, planId: string, disciplineId: string): Promise<string> {
  const rows = await t.database.db.select().from(individualPlanLines);
  const found = rows.find((r) => r.planId === planId && r.disciplineId === disciplineId);
  if (!found) throw new Error('no such line');
  return found.id;
}
