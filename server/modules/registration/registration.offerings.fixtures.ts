import { expect } from 'vitest';
import type { DisciplineKind } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { newId } from '../../platform/ids.ts';
import { disciplines, studyPlanElectiveGroups, studyPlanLines, studyPlans } from '../curricula/curricula.tables.ts';
import { createUser } from '../../test/factories.ts';
import { loginAs, type Client } from '../../test/login-as.ts';
import type { TestApp } from '../../test/test-app.ts';
import { campus, STUDENT_PASSWORD, type Campus } from './registration.fixtures.ts';

/**
 * Offerings test helpers: the campus (groups A of department 1 and B of department 2, both the 2025
 * intake, in Russian), two more students in group A, approved 8-semester working plans for both programs
 * written straight to the tables, the 2026/27 calendar, and a teacher appointed to department 1.
 *
 * Semester 3 (autumn 2026) of A: LEC (lecture + practice), LAB (lab only), LANG (a foreign language of
 * department 2, practice), the elective group E3 (choose 1 of E31, E32); semester 4: SPR; semester 1: OLD.
 * Semester 3 of B: LEC too, and B3 (no hours by kind). Group A has 3 students, group B 1.
 */

export interface OfferingsCampus extends Campus {
  registrar: Client;
  discipline: Record<string, string>;
  teacherId: string;
}

type Hours = [lecture: number, practice: number, lab: number];
const DISCIPLINES: [code: string, department: 1 | 2, kind: DisciplineKind, hours: Hours][] = [
  ['LEC', 1, 'regular', [30, 30, 0]],
  ['LAB', 1, 'regular', [0, 0, 30]],
  ['LANG', 2, 'foreignLanguage', [0, 60, 0]],
  ['E31', 1, 'regular', [15, 15, 0]],
  ['E32', 1, 'regular', [15, 15, 0]],
  ['SPR', 1, 'regular', [30, 30, 0]],
  ['OLD', 1, 'regular', [30, 30, 0]],
  ['B3', 2, 'regular', [0, 0, 0]],
];

async function enrol(office: Client, username: string, groupId: string): Promise<void> {
  const created = await office.send<{ id: string }>('POST', '/api/students', { username, password: STUDENT_PASSWORD, lastName: 'Токтогулов', firstName: username, birthDate: '2006-03-04', gender: 'male' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const order = await office.send<{ id: string }>('POST', '/api/orders', { kind: 'enrol', orderDate: '2026-09-01', effectiveDate: '2026-09-01', reason: 'Зачисление', items: [{ studentId: created.body.id, params: { kind: 'enrol', groupId, funding: 'grant' } }] });
  expect(order.status, JSON.stringify(order.body)).toBe(201);
  expect((await office.send('POST', `/api/orders/${order.body.id}/sign`)).status).toBe(200);
}

async function approvedPlan(t: TestApp, groupId: string, lines: [code: string, semester: number, electiveGroup?: string][], ids: Record<string, string>): Promise<void> {
  const db = t.database.db;
  const profile = await db.query.groupProfiles.findFirst({ where: (g, { eq }) => eq(g.unitId, groupId) });
  const planId = newId();
  await db.insert(studyPlans).values({ id: planId, programId: profile!.programId, kind: 'working', admissionYear: 2025, version: 1, status: 'approved', semesters: 8 });
  await db.insert(studyPlanLines).values(
    lines.map(([code, semester, group], position) => {
      const [, , , [lecture, practice, lab]] = DISCIPLINES.find(([c]) => c === code)!;
      return { id: newId(), planId, disciplineId: ids[code]!, semester, groupKind: group ? ('elective' as const) : ('fixed' as const), electiveGroup: group ?? null, cycle: 'professional' as const, component: group ? ('elective' as const) : ('university' as const), midterms: 2, credits: 4, hoursLecture: lecture, hoursPractice: practice, hoursLab: lab, hoursSupervised: 0, hoursIndependent: 60, controlForm: 'exam' as const, position };
    }),
  );
  if (lines.some(([, , g]) => g)) await db.insert(studyPlanElectiveGroups).values({ planId, key: 'E3', choose: 1 });
}

/** Appoints a person to a department as HR does: a position, a staff card, a signed hire order. */
async function hire(hr: Client, userId: string, unitId: string): Promise<void> {
  const position = await hr.send<{ id: string }>('POST', '/api/staff/positions', { code: 'docent', nameRu: 'Доцент', nameKy: 'Доцент', nameEn: 'Associate professor', isTeaching: true });
  const card = await hr.send<{ id: string }>('POST', '/api/staff/cards', { userId, birthDate: '1980-05-10', gender: 'male', educationLevel: 'higher' });
  const date = '2026-08-25';
  const order = await hr.send<{ id: string }>('POST', '/api/staff/orders', { cardId: card.body.id, orderDate: date, effectiveDate: date, basis: 'Заявление работника', params: { kind: 'hire', unitId, positionId: position.body.id, rate: 1, employment: 'main' } });
  expect(order.status, JSON.stringify(order.body)).toBe(201);
  expect((await hr.send('POST', `/api/staff/orders/${order.body.id}/sign`)).status).toBe(200);
}

export async function offeringsCampus(t: TestApp): Promise<OfferingsCampus> {
  const c = await campus(t);
  const db = t.database.db;
  const discipline: Record<string, string> = {};
  for (const [code, department, kind, [lecture, practice, lab]] of DISCIPLINES) {
    discipline[code] = newId();
    await db.insert(disciplines).values({ id: discipline[code], code, nameRu: `Дисциплина ${code}`, nameKy: `Сабак ${code}`, nameEn: `Discipline ${code}`, departmentId: department === 1 ? c.tree.department1 : c.tree.department2, kind, credits: 4, hoursLecture: lecture, hoursPractice: practice, hoursLab: lab, hoursIndependent: 60, controlForm: 'exam', languages: ['ru'] });
  }
  await approvedPlan(t, c.a.groupId, [['OLD', 1], ['LEC', 3], ['LAB', 3], ['LANG', 3], ['E31', 3, 'E3'], ['E32', 3, 'E3'], ['SPR', 4]], discipline);
  await approvedPlan(t, c.b.groupId, [['LEC', 3], ['B3', 3]], discipline);
  await enrol(c.office, 'st-a2', c.a.groupId);
  await enrol(c.office, 'st-a3', c.a.groupId);
  await createUser(db, { username: 'registrar', roles: [{ role: 'registrar' }] });
  const registrar = await loginAs(t, 'registrar');
  expect((await registrar.send('POST', '/api/calendar/years', { startYear: 2026 })).status).toBe(201);
  await createUser(db, { username: 'hr', roles: [{ role: 'hr' }] });
  const hr = await loginAs(t, 'hr');
  const teacherId = await createUser(db, { username: 'teacher-d1', lastName: 'Осмонов', firstName: 'Бакыт', roles: [{ role: 'teacher', scopeUnitId: c.tree.department1 }] });
  await hire(hr, teacherId, c.tree.department1);
  return { ...c, registrar, discipline, teacherId };
}
