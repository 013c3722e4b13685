import { uniformInt } from 'pure-rand/distribution/uniformInt';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { newId } from '../platform/ids.ts';
import type { groupProfiles, orderCounters, orderItems, orders, placements, programs, students } from '../modules/students/students.tables.ts';
import type { DemoPeople as DemoData } from './generate.ts';

/**
 * Student records of the demo university: a program per department (one of them a master's),
 * a profile per group, a card per student with a valid personal number, the enrolment orders
 * of each admission year, and a little history (a transfer, an academic leave, an expulsion).
 */

export interface DemoRecords {
  programs: (typeof programs.$inferInsert)[];
  profiles: (typeof groupProfiles.$inferInsert)[];
  students: (typeof students.$inferInsert)[];
  orders: (typeof orders.$inferInsert)[];
  items: (typeof orderItems.$inferInsert)[];
  placements: (typeof placements.$inferInsert)[];
  counters: (typeof orderCounters.$inferInsert)[];
}

const PROGRAMS: Record<string, { code: string; level: 'bachelor' | 'master'; ru: string; ky: string; en: string; language: 'ru' | 'ky' }> = {
  CS: { code: '580100', level: 'bachelor', ru: 'Прикладная информатика', ky: 'Колдонмо информатика', en: 'Applied Informatics', language: 'ru' },
  AM: { code: '680200', level: 'master', ru: 'Прикладная математика и информатика (магистратура)', ky: 'Колдонмо математика жана информатика (магистратура)', en: 'Applied Mathematics and Informatics (Master)', language: 'ru' },
  EF: { code: '580200', level: 'bachelor', ru: 'Экономика', ky: 'Экономика', en: 'Economics', language: 'ru' },
  MG: { code: '580300', level: 'bachelor', ru: 'Менеджмент', ky: 'Менеджмент', en: 'Management', language: 'ru' },
  KF: { code: '520100', level: 'bachelor', ru: 'Филология (кыргызский язык и литература)', ky: 'Филология (кыргыз тили жана адабияты)', en: 'Philology (Kyrgyz Language and Literature)', language: 'ky' },
  RF: { code: '520200', level: 'bachelor', ru: 'Филология (русский язык и литература)', ky: 'Филология (орус тили жана адабияты)', en: 'Philology (Russian Language and Literature)', language: 'ru' },
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A personal number that agrees with the card: sex digit, birth date DDMMYYYY, a serial. */
function personalNumber(female: boolean, birth: Date, serial: number): string {
  return `${female ? 1 : 2}${pad(birth.getUTCDate())}${pad(birth.getUTCMonth() + 1)}${birth.getUTCFullYear()}${pad(serial % 100_000, 5)}`;
}

/** Builds the records for the units and accounts of `data` (pure but for ids). */
export function buildRecords(data: DemoData, rng: RandomGenerator, now: Date): DemoRecords {
  const out: DemoRecords = { programs: [], profiles: [], students: [], orders: [], items: [], placements: [], counters: [] };
  const programOf = new Map<string, { id: string; level: string }>();
  for (const department of data.units.filter((u) => u.kind === 'department')) {
    const spec = PROGRAMS[department.code]!;
    const id = newId();
    const master = spec.level === 'master';
    out.programs.push({ id, code: spec.code, nameRu: spec.ru, nameKy: spec.ky, nameEn: spec.en, level: spec.level, durationYears: master ? '2' : '4', credits: master ? 120 : 240, languages: [spec.language], departmentId: department.id, createdAt: now, updatedAt: now });
    programOf.set(department.id, { id, level: spec.level });
  }
  const groups = data.units.filter((u) => u.kind === 'group');
  const yearOf = (code: string) => 2000 + Number(code.slice(-2));
  for (const group of groups) {
    out.profiles.push({ unitId: group.id, programId: programOf.get(group.parentId!)!.id, admissionYear: yearOf(group.code), language: PROGRAMS[data.units.find((u) => u.id === group.parentId)!.code]!.language, studyForm: 'fullTime', createdAt: now, updatedAt: now });
  }
  const studentIds = new Set(data.grants.filter((g) => g.role === 'student').map((g) => g.userId));
  const studentOfUser = new Map<string, string>();
  let serial = 0;
  for (const user of data.users.filter((u) => studentIds.has(u.id))) {
    const female = / кызы$|вна$/.test(user.patronymic ?? '');
    const group = groups.find((g) => g.id === user.homeUnitId)!;
    const birth = new Date(Date.UTC(yearOf(group.code) - 18, uniformInt(rng, 0, 11), uniformInt(rng, 1, 28)));
    const id = newId();
    studentOfUser.set(user.id, id);
    out.students.push({ id, userId: user.id, birthDate: birth.toISOString().slice(0, 10), gender: female ? 'female' : 'male', nationality: / (уулу|кызы)$/.test(user.patronymic ?? '') ? 'кыргыз' : 'русский', citizenship: 'KG', personalNumber: personalNumber(female, birth, ++serial), previousEducation: 'Средняя школа', ortScore: uniformInt(rng, 110, 230), createdAt: now, updatedAt: now });
  }
  enrolmentOrders(out, data, groups, studentOfUser, rng, now);
  return out;
}

function enrolmentOrders(out: DemoRecords, data: DemoData, groups: DemoData['units'], studentOfUser: Map<string, string>, rng: RandomGenerator, now: Date): void {
  const author = data.users.find((u) => u.username === 'personnel')!.id;
  const years = [...new Set(out.profiles.map((p) => p.admissionYear))].sort();
  const programOfGroup = new Map(out.profiles.map((p) => [p.unitId, p.programId]));
  for (const year of years) {
    const orderId = newId();
    const date = `${year}-08-25`;
    out.orders.push({ id: orderId, year, number: 1, kind: 'enrol', orderDate: date, effectiveDate: `${year}-09-01`, reason: 'Решение приёмной комиссии, протокол № 7', status: 'signed', authorId: author, signedBy: author, signedAt: new Date(`${date}T05:00:00Z`), createdAt: now, updatedAt: now });
    out.counters.push({ year, lastNumber: 1 });
    for (const group of groups.filter((g) => out.profiles.find((p) => p.unitId === g.id)?.admissionYear === year)) {
      for (const user of data.users.filter((u) => u.homeUnitId === group.id && studentOfUser.has(u.id))) {
        const itemId = newId();
        const funding = uniformInt(rng, 0, 9) < 4 ? 'grant' : 'contract';
        out.items.push({ id: itemId, orderId, studentId: studentOfUser.get(user.id)!, params: { kind: 'enrol', groupId: group.id, funding }, createdAt: now });
        out.placements.push({ id: newId(), studentId: studentOfUser.get(user.id)!, status: 'active', groupId: group.id, programId: programOfGroup.get(group.id)!, studyForm: 'fullTime', funding, validFrom: `${year}-09-01`, orderItemId: itemId, createdAt: now });
      }
    }
  }
  history(out, author, now);
}

/** A few later orders in the older admission year, so cards show a history (never the demo student). */
function history(out: DemoRecords, author: string, now: Date): void {
  const year = Math.min(...out.orders.map((o) => o.year));
  const inYear = out.placements.filter((p) => p.validFrom === `${year}-09-01`);
  const [leave, expel] = [inYear[1], inYear[2]];
  const steps: { placement: (typeof inYear)[number] | undefined; kind: 'academicLeave' | 'expel'; params: Record<string, unknown>; status: 'onLeave' | 'expelled'; date: string }[] = [
    { placement: leave, kind: 'academicLeave', params: { kind: 'academicLeave', leaveKind: 'medical' }, status: 'onLeave', date: `${year + 1}-02-03` },
    { placement: expel, kind: 'expel', params: { kind: 'expel', reason: 'nonPayment' }, status: 'expelled', date: `${year + 1}-03-02` },
  ];
  let number = 1;
  for (const step of steps) {
    if (!step.placement) continue;
    const orderId = newId();
    const itemId = newId();
    number += 1;
    out.orders.push({ id: orderId, year: year + 1, number, kind: step.kind, orderDate: step.date, effectiveDate: step.date, reason: step.kind === 'expel' ? 'Представление декана' : 'Заявление студента, справка ВКК', status: 'signed', authorId: author, signedBy: author, signedAt: new Date(`${step.date}T05:00:00Z`), createdAt: now, updatedAt: now });
    out.items.push({ id: itemId, orderId, studentId: step.placement.studentId, params: step.params, createdAt: now });
    step.placement.validTo = step.date;
    out.placements.push({ ...step.placement, id: newId(), status: step.status, validFrom: step.date, validTo: null, orderItemId: itemId });
  }
  const counter = out.counters.find((c) => c.year === year + 1);
  if (counter) counter.lastNumber = Math.max(counter.lastNumber, number);
  else out.counters.push({ year: year + 1, lastNumber: number });
}
