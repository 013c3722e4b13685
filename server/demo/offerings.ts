import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Term } from '../../shared/modules/curricula/curricula.vocabulary.ts';
import type { Tx } from '../platform/db/client.ts';
import type { ServiceContext } from '../platform/http/context.ts';
import { findTermStart } from '../modules/calendar/index.ts';
import { disciplines } from '../modules/curricula/curricula.tables.ts';
import { users } from '../modules/identity/identity.tables.ts';
import { generateOfferingsIn } from '../modules/registration/index.ts';
import { offerings, sections } from '../modules/registration/registration.offerings.tables.ts';
import { staffAppointments, staffCards } from '../modules/staff/staff.tables.ts';

/**
 * The demo's offerings: the 2026/27 autumn and spring terms generated from the demo's approved working
 * plans by the registrar (one audit row a term), and every section given a teacher of the discipline's
 * department in turn (deterministic: teachers by username, sections by discipline, kind and number).
 */

export const DEMO_OFFERINGS_YEAR = 2026;

async function assignTeachers(tx: Tx): Promise<void> {
  const staff = await tx
    .select({ unitId: staffAppointments.unitId, userId: users.id })
    .from(staffAppointments)
    .innerJoin(staffCards, eq(staffCards.id, staffAppointments.cardId))
    .innerJoin(users, and(eq(users.id, staffCards.userId), eq(users.isActive, true)))
    .where(and(isNull(staffAppointments.validTo), eq(staffAppointments.status, 'working')))
    .orderBy(asc(users.username));
  const teachersOf = new Map<string, string[]>();
  for (const s of staff) {
    const list = teachersOf.get(s.unitId) ?? teachersOf.set(s.unitId, []).get(s.unitId)!;
    if (!list.includes(s.userId)) list.push(s.userId);
  }
  const open = await tx
    .select({ id: sections.id, departmentId: disciplines.departmentId })
    .from(sections)
    .innerJoin(offerings, eq(offerings.id, sections.offeringId))
    .innerJoin(disciplines, eq(disciplines.id, offerings.disciplineId))
    .where(and(eq(offerings.academicYear, DEMO_OFFERINGS_YEAR), isNull(sections.teacherId)))
    .orderBy(asc(disciplines.code), asc(offerings.term), asc(offerings.language), asc(sections.kind), asc(sections.number));
  const turn = new Map<string, number>();
  const byTeacher = new Map<string, string[]>();
  for (const section of open) {
    const teachers = teachersOf.get(section.departmentId);
    if (!teachers?.length) continue;
    const next = turn.get(section.departmentId) ?? 0;
    turn.set(section.departmentId, next + 1);
    const teacher = teachers[next % teachers.length]!;
    (byTeacher.get(teacher) ?? byTeacher.set(teacher, []).get(teacher)!).push(section.id);
  }
  for (const [teacherId, ids] of byTeacher) await tx.update(sections).set({ teacherId }).where(inArray(sections.id, ids));
}

/** Generates the demo's offerings of 2026/27 (autumn and spring) and gives their sections teachers. */
export async function insertDemoOfferings(tx: Tx, now: Date): Promise<{ offerings: number; sections: number }> {
  const [registrar] = await tx.select({ id: users.id }).from(users).where(eq(users.username, 'registrar'));
  if (!registrar) return { offerings: 0, sections: 0 };
  const ctx: ServiceContext = { db: tx, actor: { userId: registrar.id, username: 'registrar', lang: 'ru', grants: [], sessionId: '', csrfToken: '' }, now, requestId: 'demo-offerings', lang: 'ru', ip: null, userAgent: null, services: {} as never };
  const total = { offerings: 0, sections: 0 };
  for (const term of ['autumn', 'spring'] satisfies Term[]) {
    const firstDay = await findTermStart(tx, DEMO_OFFERINGS_YEAR, term);
    if (!firstDay) continue;
    const made = await generateOfferingsIn(ctx, tx, DEMO_OFFERINGS_YEAR, term, firstDay);
    total.offerings += made.created;
    total.sections += made.sections;
  }
  await assignTeachers(tx);
  return total;
}
