import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { sql } from 'drizzle-orm';
import type { Role } from '../../shared/access/permissions.ts';
import { auditLog } from '../platform/audit/audit.tables.ts';
import { hashPassword } from '../platform/auth/password.ts';
import type { Db } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';
import { roleGrants, users } from '../modules/identity/identity.tables.ts';
import { orgUnits } from '../modules/org/org.tables.ts';
import * as names from './names.ts';
import { buildRecords, type DemoRecords } from './records.ts';
import { buildStaff, insertStaff, type DemoStaff } from './staff.ts';
import { buildCalendar, insertCalendar } from './calendar.ts';
import { insertResultsAndHolds } from './results.ts';
import { seedDemoFinance } from './finance.ts';
import { insertDemoOfferings } from './offerings.ts';
import { insertDemoRegistrations } from './registrations.ts';
import { groupProfiles, orderCounters, orderItems, orders, placements, programs, students } from '../modules/students/students.tables.ts';
import type { Tx } from '../platform/db/client.ts';
import { studentParents } from '../modules/students/students.card.tables.ts';
import { seedCurricula } from './curricula.ts';

/**
 * The demo university: deterministic for a seed, with realistic Kyrgyz and Russian names.
 * size 1: 3 faculties, 6 departments, 12 groups, 300 students, 30 teachers and one sign-in per role;
 * a larger size multiplies groups and students (size 167 gives ≈ 50,000 students for benchmarks).
 */

export const DEMO_PASSWORD = 'Demo-2026!';

export interface DemoSignIn {
  role: Role;
  username: string;
}

export const DEMO_SIGN_INS: DemoSignIn[] = [
  { role: 'administrator', username: 'admin' },
  { role: 'registrar', username: 'registrar' },
  { role: 'personnelOffice', username: 'personnel' },
  { role: 'deansOffice', username: 'dean' },
  { role: 'department', username: 'department' },
  { role: 'methodist', username: 'methodist' },
  { role: 'teacher', username: 'teacher' },
  { role: 'advisor', username: 'advisor' },
  { role: 'curator', username: 'curator' },
  { role: 'student', username: 'student' },
  { role: 'parent', username: 'parent' },
  { role: 'cashier', username: 'cashier' },
  { role: 'hr', username: 'hr' },
  { role: 'admissions', username: 'admissions' },
  { role: 'librarian', username: 'librarian' },
  { role: 'applicant', username: 'applicant' },
];

type UnitInsert = typeof orgUnits.$inferInsert;
type UserInsert = typeof users.$inferInsert;
type GrantInsert = typeof roleGrants.$inferInsert;

const FACULTIES = [
  { code: 'FITM', ru: 'Факультет информационных технологий и математики', ky: 'Маалыматтык технологиялар жана математика факультети', en: 'Faculty of Information Technology and Mathematics',
    departments: [
      { code: 'CS', group: 'ПИ', ru: 'Кафедра информатики и программирования', ky: 'Информатика жана программалоо кафедрасы', en: 'Department of Computer Science and Programming' },
      { code: 'AM', group: 'ПМ', ru: 'Кафедра прикладной математики', ky: 'Колдонмо математика кафедрасы', en: 'Department of Applied Mathematics' },
    ] },
  { code: 'ECON', ru: 'Экономический факультет', ky: 'Экономика факультети', en: 'Faculty of Economics',
    departments: [
      { code: 'EF', group: 'ЭФ', ru: 'Кафедра экономики и финансов', ky: 'Экономика жана финансы кафедрасы', en: 'Department of Economics and Finance' },
      { code: 'MG', group: 'МН', ru: 'Кафедра менеджмента', ky: 'Менеджмент кафедрасы', en: 'Department of Management' },
    ] },
  { code: 'PHIL', ru: 'Филологический факультет', ky: 'Филология факультети', en: 'Faculty of Philology',
    departments: [
      { code: 'KF', group: 'КФ', ru: 'Кафедра кыргызской филологии', ky: 'Кыргыз филологиясы кафедрасы', en: 'Department of Kyrgyz Philology' },
      { code: 'RF', group: 'РФ', ru: 'Кафедра русской филологии и иностранных языков', ky: 'Орус филологиясы жана чет тилдер кафедрасы', en: 'Department of Russian Philology and Foreign Languages' },
    ] },
];

const ADMISSION_YEARS = [2025, 2024];
const STUDENTS_PER_GROUP = 25;
const TEACHERS_PER_DEPARTMENT = 5;

function pick<T>(rng: RandomGenerator, list: readonly T[]): T {
  return list[uniformInt(rng, 0, list.length - 1)] as T;
}

function person(rng: RandomGenerator): Pick<UserInsert, 'lastName' | 'firstName' | 'patronymic'> {
  const female = uniformInt(rng, 0, 1) === 1;
  if (uniformInt(rng, 0, 9) < 7) {
    const father = pick(rng, names.KYRGYZ_MALE);
    const surname = pick(rng, names.KYRGYZ_SURNAMES);
    return { lastName: female ? names.feminineSurname(surname) : surname, firstName: pick(rng, female ? names.KYRGYZ_FEMALE : names.KYRGYZ_MALE), patronymic: names.kyrgyzPatronymic(father, female) };
  }
  const surname = pick(rng, names.RUSSIAN_SURNAMES);
  return { lastName: female ? names.feminineSurname(surname) : surname, firstName: pick(rng, female ? names.RUSSIAN_FEMALE : names.RUSSIAN_MALE), patronymic: names.russianPatronymic(pick(rng, names.RUSSIAN_MALE), female) };
}

export interface DemoPeople {
  units: UnitInsert[];
  users: UserInsert[];
  grants: GrantInsert[];
}

export interface DemoData extends DemoPeople {
  records: DemoRecords;
  staff: DemoStaff;
}

/** Builds the demo rows in memory (pure but for ids and the one password hash). */
export function buildDemo(passwordHash: string, size = 1, seed = 2026, now = new Date()): DemoData {
  const rng = xoroshiro128plus(seed);
  const data: DemoPeople = { units: [], users: [], grants: [] };
  const unit = (kind: UnitInsert['kind'], parentId: string | null, code: string, ru: string, ky: string, en: string) => {
    const id = newId();
    data.units.push({ id, kind, parentId, code, nameRu: ru, nameKy: ky, nameEn: en, createdAt: now, updatedAt: now });
    return id;
  };
  const account = (username: string, homeUnitId: string | null, who = person(rng)) => {
    const id = newId();
    data.users.push({ id, username, passwordHash, passwordIsDemo: true, ...who, lang: 'ru', homeUnitId, createdAt: now, updatedAt: now });
    return id;
  };
  const grant = (userId: string, role: Role, scopeUnitId: string | null = null, scopeStudentId: string | null = null) =>
    data.grants.push({ id: newId(), userId, role, scopeUnitId, scopeStudentId, createdAt: now });

  const universityId = unit('university', null, 'DSU', 'Демонстрационный государственный университет', 'Демонстрациялык мамлекеттик университет', 'Demo State University');
  const faculties: string[] = [];
  const departments: string[] = [];
  const groups: string[] = [];
  let studentNo = 0;
  let teacherNo = 0;
  for (const faculty of FACULTIES) {
    const facultyId = unit('faculty', universityId, faculty.code, faculty.ru, faculty.ky, faculty.en);
    faculties.push(facultyId);
    for (const department of faculty.departments) {
      const departmentId = unit('department', facultyId, department.code, department.ru, department.ky, department.en);
      departments.push(departmentId);
      for (let t = 0; t < TEACHERS_PER_DEPARTMENT; t++) grant(account(`t${String(++teacherNo).padStart(4, '0')}`, departmentId), 'teacher', departmentId);
      for (const year of ADMISSION_YEARS) {
        for (let stream = 1; stream <= size; stream++) {
          const code = `${department.group}-${stream}-${String(year).slice(2)}`;
          const groupId = unit('group', departmentId, code, code, code, code);
          groups.push(groupId);
          for (let s = 0; s < STUDENTS_PER_GROUP; s++) grant(account(`s${year}${String(++studentNo).padStart(6, '0')}`, groupId), 'student', groupId);
        }
      }
    }
  }
  addSignIns(data, { faculty: faculties[0]!, department: departments[0]!, group: groups[0]! }, account, grant);
  return { ...data, records: buildRecords(data, rng, now), staff: buildStaff(data, now) };
}

function addSignIns(
  data: DemoPeople,
  scope: { faculty: string; department: string; group: string },
  account: (username: string, homeUnitId: string | null) => string,
  grant: (userId: string, role: Role, scopeUnitId?: string | null, scopeStudentId?: string | null) => void,
): void {
  // the demo student is the first student of the first group: the parent, advisor and curator see them
  const firstStudent = data.users.find((u) => u.homeUnitId === scope.group);
  for (const { role, username } of DEMO_SIGN_INS) {
    if (role === 'student' && firstStudent) {
      firstStudent.username = username;
      continue;
    }
    const unitScope: Partial<Record<Role, string>> = { deansOffice: scope.faculty, methodist: scope.faculty, department: scope.department, teacher: scope.department, advisor: scope.group, curator: scope.group };
    const home = role === 'teacher' || role === 'department' ? scope.department : role === 'deansOffice' || role === 'methodist' ? scope.faculty : null;
    const id = account(username, home);
    grant(id, role, unitScope[role] ?? null, role === 'parent' ? (firstStudent?.id ?? null) : null);
  }
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, chunkSize = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
}

async function insertRecords(tx: Tx, records: DemoRecords): Promise<void> {
  await insertChunked(records.programs, (chunk) => tx.insert(programs).values(chunk));
  await insertChunked(records.profiles, (chunk) => tx.insert(groupProfiles).values(chunk));
  await insertChunked(records.students, (chunk) => tx.insert(students).values(chunk));
  await insertChunked(records.orders, (chunk) => tx.insert(orders).values(chunk));
  await insertChunked(records.items, (chunk) => tx.insert(orderItems).values(chunk));
  await insertChunked(records.placements, (chunk) => tx.insert(placements).values(chunk));
  await insertChunked(records.counters, (chunk) => tx.insert(orderCounters).values(chunk));
}

/** The demo parent's grant, shown on the child's card as a linked parent (the mother). */
async function insertParentLinks(tx: Tx, data: DemoData, now: Date): Promise<void> {
  const links = data.grants.flatMap((grant) => {
    const card = grant.role === 'parent' ? data.records.students.find((s) => s.userId === grant.scopeStudentId) : undefined;
    return card ? [{ id: newId(), studentId: card.id, parentUserId: grant.userId, relation: 'mother' as const, grantId: grant.id, createdAt: now }] : [];
  });
  if (links.length) await tx.insert(studentParents).values(links);
}

/**
 * Writes the demo university into an empty database in one transaction: the people, structure, records
 * and staff in bulk with one audit row, then the curricula through their services (audited step by step).
 */
export async function seedDemo(db: Db, size = 1, now = new Date()): Promise<{ users: number; units: number; disciplines: number; plans: number }> {
  const data = buildDemo(await hashPassword(DEMO_PASSWORD), size, 2026, now);
  let curricula = { disciplines: 0, plans: 0 };
  await db.transaction(async (tx) => {
    const byDepth = [...data.units].sort((a, b) => ['university', 'faculty', 'department', 'group'].indexOf(a.kind) - ['university', 'faculty', 'department', 'group'].indexOf(b.kind));
    await insertChunked(byDepth, (chunk) => tx.insert(orgUnits).values(chunk));
    await insertChunked(data.users, (chunk) => tx.insert(users).values(chunk));
    await insertChunked(data.grants, (chunk) => tx.insert(roleGrants).values(chunk));
    await insertRecords(tx, data.records);
    await insertStaff(tx, data.staff);
    await insertParentLinks(tx, data, now);
    await insertCalendar(tx, buildCalendar(now));
    curricula = await seedCurricula(tx, data, now);
    // last: results follow the demo's plans, when it has any
    await insertResultsAndHolds(tx, now);
    // the price list and the autumn tuition payments (the cash desk's holds above say who has not paid)
    await seedDemoFinance(tx, now);
    // the 2026/27 offerings and sections, from the approved working plans
    await insertDemoOfferings(tx, now);
    // the students' ИУПs and places of 2026/27 as they stand today (the demo student's left to try)
    await insertDemoRegistrations(tx, now);
    await tx.insert(auditLog).values({ id: newId(), at: now, action: 'platform.system.bootstrap', entityType: 'system', entityId: 'demo', after: { size, users: data.users.length, units: data.units.length } });
  });
  // fresh statistics after a bulk load, so the first searches get good plans (autovacuum would, later)
  await db.execute(sql`analyze`);
  return { users: data.users.length, units: data.units.length, disciplines: curricula.disciplines, plans: curricula.plans };
}
