import { expect } from 'vitest';
import { updateSetting } from '../../platform/settings/settings.service.ts';
import { createUnitTree, createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import type { TestApp } from '../../test/test-app.ts';

/** Test helpers of the registration and gradebook modules: a structure with two students enrolled, one in each faculty. */

export const STUDENT_PASSWORD = 'Student-2026-pass';

export interface Campus {
  tree: Awaited<ReturnType<typeof createUnitTree>>;
  office: Client;
  /** a student of faculty 1 (group A, department 1) and one of faculty 2 (group B) */
  a: { id: string; userId: string; groupId: string };
  b: { id: string; userId: string; groupId: string };
}

async function enrolled(office: Client, username: string, groupId: string, funding: 'grant' | 'contract') {
  const created = await office.send<{ id: string; userId: string }>('POST', '/api/students', { username, password: STUDENT_PASSWORD, lastName: 'Асанова', firstName: username, birthDate: '2006-01-02', gender: 'female' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const order = await office.send<{ id: string }>('POST', '/api/orders', { kind: 'enrol', orderDate: '2026-09-01', effectiveDate: '2026-09-01', reason: 'Зачисление', items: [{ studentId: created.body.id, params: { kind: 'enrol', groupId, funding } }] });
  expect(order.status, JSON.stringify(order.body)).toBe(201);
  expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
  return { id: created.body.id, userId: created.body.userId, groupId };
}

async function group(office: Client, code: string, departmentId: string): Promise<string> {
  const program = await office.send<{ id: string }>('POST', '/api/programs', { code: `P-${code}`, nameRu: 'п', nameKy: 'п', nameEn: 'p', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId });
  expect(program.status, JSON.stringify(program.body)).toBe(201);
  const made = await office.send<{ id: string }>('POST', '/api/groups', { code, programId: program.body.id, admissionYear: 2025, language: 'ru', studyForm: 'fullTime' });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return made.body.id;
}

/** The unit tree, the student personnel office, and two enrolled students in different faculties. */
export async function campus(t: TestApp): Promise<Campus> {
  const db = t.database.db;
  const tree = await createUnitTree(db);
  const root = await createUser(db, { username: 'root', roles: [{ role: 'administrator' }] });
  const rootCtx = { db, actor: { userId: root, username: 'root', lang: 'en' as const, grants: [], sessionId: '', csrfToken: '' }, now: t.clock.now, requestId: 't', lang: 'en' as const, ip: null, userAgent: null, services: {} as never };
  await updateSetting(rootCtx, 'auth.ipSignInsPerMinute', 10_000);
  await createUser(db, { username: 'office', roles: [{ role: 'personnelOffice' }] });
  const office = await loginAs(t, 'office');
  const a = await enrolled(office, 'st-a', await group(office, 'A-1-25', tree.department1), 'contract');
  const b = await enrolled(office, 'st-b', await group(office, 'B-1-25', tree.department2), 'grant');
  return { tree, office, a, b };
}
