import { expect } from 'vitest';
import { newId } from '../../platform/ids.ts';
import { updateSetting } from '../../platform/settings/settings.service.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import type { TestApp } from '../../test/test-app.ts';
import { disciplines, studyPlans } from '../curricula/curricula.tables.ts';
import { individualPlanLines, individualPlans } from '../curricula/curricula.individual.tables.ts';

/** Test helpers of the finance module: a contract student in faculty 1 and a grant student in faculty 2, each in a program of their own. */

export const STUDENT_PASSWORD = 'Student-2026-pass';

export interface FinanceCampus {
  tree: Awaited<ReturnType<typeof createUnitTree>>;
  /** the contract student of faculty 1 (program P-A) and the grant student of faculty 2 (program P-B) */
  a: { id: string; userId: string; groupId: string; programId: string };
  b: { id: string; userId: string; groupId: string; programId: string };
  /** two disciplines of department 1 (6 and 5 credits) */
  disciplineIds: [string, string];
}

async function enrolled(office: Client, username: string, code: string, departmentId: string, funding: 'grant' | 'contract') {
  const program = await office.send<{ id: string }>('POST', '/api/programs', { code: `P-${code}`, nameRu: `Программа ${code}`, nameKy: `Программа ${code}`, nameEn: `Program ${code}`, level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
  const group = await office.send<{ id: string }>('POST', '/api/groups', { code: `${code}-1-25`, programId: program.body.id, admissionYear: 2025, language: 'ru', studyForm: 'fullTime' });
  expect(group.status, JSON.stringify(group.body)).toBe(201);
  const created = await office.send<{ id: string; userId: string }>('POST', '/api/students', { username, password: STUDENT_PASSWORD, lastName: 'Асанова', firstName: username, birthDate: '2006-01-02', gender: 'female' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const order = await office.send<{ id: string }>('POST', '/api/orders', { kind: 'enrol', orderDate: '2026-09-01', effectiveDate: '2026-09-01', reason: 'Зачисление', items: [{ studentId: created.body.id, params: { kind: 'enrol', groupId: group.body.id, funding } }] });
  expect(order.status, JSON.stringify(order.body)).toBe(201);
  expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
  return { id: created.body.id, userId: created.body.userId, groupId: group.body.id, programId: program.body.id };
}

/** The unit tree, an administrator `root`, and the two students. */
export async function financeCampus(t: TestApp): Promise<FinanceCampus> {
  const db = t.database.db;
  const tree = await createUnitTree(db);
  const root = await createUser(db, { username: 'root', roles: [{ role: 'administrator' }] });
  const rootCtx = { db, actor: { userId: root, username: 'root', lang: 'en' as const, grants: [], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 't', lang: 'en' as const, ip: null, userAgent: null, services: {} as never };
  await updateSetting(rootCtx, 'auth.ipSignInsPerMinute', 10_000);
  await createUser(db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  const office = await loginAs(t, 'office');
  const a = await enrolled(office, 'st-a', 'A', tree.department1, 'contract');
  const b = await enrolled(office, 'st-b', 'B', tree.department2, 'grant');
  const discipline = async (code: string, credits: number) => {
    const id = newId();
    await db.insert(disciplines).values({ id, code, nameRu: `Дисциплина ${code}`, nameKy: `Сабак ${code}`, nameEn: `Discipline ${code}`, departmentId: tree.department1, credits, controlForm: 'exam', languages: ['ru'] });
    return id;
  };
  return { tree, a, b, disciplineIds: [await discipline('FIN-1', 6), await discipline('FIN-2', 5)] };
}

/** An ИУП of the academic year with lines of the given credits in the given terms (written straight to the tables). */
export async function givePlan(t: TestApp, student: { id: string; programId: string }, academicYear: number, lines: { term: 'autumn' | 'spring' | 'summer'; credits: number; kind?: 'mandatory' | 'restudy' }[]) {
  const db = t.database.db;
  const workingPlanId = newId();
  await db.insert(studyPlans).values({ id: workingPlanId, programId: student.programId, kind: 'working', admissionYear: 2025, version: 1, status: 'approved', semesters: 8 });
  const planId = newId();
  await db.insert(individualPlans).values({ id: planId, studentId: student.id, academicYear, course: 2, programId: student.programId, workingPlanId });
  await db.insert(individualPlanLines).values(lines.map((line, position) => ({ id: newId(), planId, source: 'practice' as const, kind: line.kind ?? ('mandatory' as const), semester: line.term === 'autumn' ? 3 : 4, term: line.term, credits: line.credits, position })));
}
