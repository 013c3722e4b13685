import { STANDARD_POSITIONS, type StandardPositionCode } from '../../shared/modules/staff/staff.positions.ts';
import type { Tx } from '../platform/db/client.ts';
import { newId } from '../platform/ids.ts';
import { staffAppointments, staffCards, staffOrderCounters, staffOrders, staffPositions } from '../modules/staff/staff.tables.ts';
import type { DemoPeople } from './generate.ts';

/**
 * Staff of the demo university: the standard positions, a card for every teacher (and the head of
 * department sign-in), the signed hire orders that appointed them to their departments, and a few
 * movements — internal part-time work, a transfer, a leave, an award, a dismissal. Deterministic:
 * everything follows from each teacher's place in the list.
 */

export interface DemoStaff {
  positions: (typeof staffPositions.$inferInsert)[];
  cards: (typeof staffCards.$inferInsert)[];
  orders: (typeof staffOrders.$inferInsert)[];
  appointments: (typeof staffAppointments.$inferInsert)[];
  counters: (typeof staffOrderCounters.$inferInsert)[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const DEGREES = ['candidate', 'none', 'doctor', 'none', 'candidate', 'phd', 'none'] as const;
const RANKS: StandardPositionCode[] = ['professor', 'associateProfessor', 'seniorLecturer', 'lecturer', 'assistant'];

interface Builder {
  out: DemoStaff;
  position: Record<string, string>;
  author: string;
  now: Date;
}

function order(b: Builder, cardId: string, date: string, params: Record<string, unknown> & { kind: DemoStaff['orders'][number]['kind'] }, basis: string): string {
  const year = Number(date.slice(0, 4));
  let counter = b.out.counters.find((c) => c.year === year);
  if (!counter) b.out.counters.push((counter = { year, lastNumber: 0 }));
  counter.lastNumber += 1;
  const id = newId();
  const signedAt = new Date(`${date}T05:00:00Z`);
  b.out.orders.push({ id, year, number: counter.lastNumber, kind: params.kind, status: 'signed', cardId, orderDate: date, effectiveDate: date, basis, params, authorId: b.author, signedBy: b.author, signedAt, createdAt: b.now, updatedAt: b.now });
  return id;
}

function appoint(b: Builder, cardId: string, date: string, unitId: string, code: StandardPositionCode, rate: number, employment: 'main' | 'internalPartTime') {
  const positionId = b.position[code]!;
  const orderId = order(b, cardId, date, { kind: 'hire', unitId, positionId, rate, employment }, 'Заявление работника, решение конкурсной комиссии');
  const row = { id: newId(), cardId, unitId, positionId, rate: rate.toFixed(2), employment, status: 'working' as const, validFrom: date, validTo: null, orderId, createdAt: b.now };
  b.out.appointments.push(row);
  return row;
}

/** A later order that ends one period and (unless a dismissal) opens the next. */
function move(b: Builder, from: DemoStaff['appointments'][number], date: string, params: Record<string, unknown> & { kind: 'transfer' | 'leave' | 'dismissal' }, next: Partial<DemoStaff['appointments'][number]> | null) {
  const orderId = order(b, from.cardId, date, params, params.kind === 'leave' ? 'Заявление работника' : 'Представление заведующего кафедрой');
  from.validTo = date;
  if (next) b.out.appointments.push({ ...from, ...next, id: newId(), validFrom: date, validTo: null, orderId });
}

function card(b: Builder, user: DemoPeople['users'][number], index: number) {
  const female = / кызы$|вна$/.test(user.patronymic ?? '');
  const birth = `${1958 + ((index * 7) % 40)}-${pad(1 + (index % 12))}-${pad(1 + ((index * 5) % 28))}`;
  const [y, m, d] = birth.split('-');
  const degree = DEGREES[index % DEGREES.length]!;
  const title = degree === 'doctor' ? 'professor' : degree === 'candidate' && index % 2 === 0 ? 'associateProfessor' : 'none';
  const id = newId();
  b.out.cards.push({
    id, userId: user.id, birthDate: birth, gender: female ? 'female' : 'male', personalNumber: `${female ? 1 : 2}${d}${m}${y}${String(50_000 + index).padStart(5, '0')}`,
    degree, title, educationLevel: degree === 'none' ? 'higher' : 'postgraduate', education: 'Высшее, государственный университет', phone: `+996 555 ${String(100_000 + index * 37).slice(-6)}`,
    hiredFirstOn: null, createdAt: b.now, updatedAt: b.now,
  });
  return { id, degree, hiredIn: 2005 + (index % 19) };
}

/** Builds the staff for the teachers of `data` (pure but for ids). */
export function buildStaff(data: DemoPeople, now: Date): DemoStaff {
  const out: DemoStaff = { positions: [], cards: [], orders: [], appointments: [], counters: [] };
  const b: Builder = { out, position: {}, author: data.users.find((u) => u.username === 'hr')!.id, now };
  for (const p of STANDARD_POSITIONS) {
    const id = newId();
    b.position[p.code] = id;
    out.positions.push({ id, ...p, createdAt: now, updatedAt: now });
  }
  const staffIds = new Set(data.grants.filter((g) => g.role === 'teacher' || g.role === 'department').map((g) => g.userId));
  const people = data.users.filter((u) => staffIds.has(u.id) && u.homeUnitId);
  const departments = [...new Set(people.map((u) => u.homeUnitId!))];
  const seen = new Map<string, number>();
  people.forEach((user, index) => {
    const c = card(b, user, index);
    const rank = seen.get(user.homeUnitId!) ?? 0;
    seen.set(user.homeUnitId!, rank + 1);
    const code = user.username === 'department' ? 'departmentHead' : RANKS[rank % RANKS.length]!;
    const hired = appoint(b, c.id, `${c.hiredIn}-09-01`, user.homeUnitId!, code, index % 6 === 5 ? 0.5 : 1, 'main');
    b.out.cards.at(-1)!.hiredFirstOn = hired.validFrom;
    movements(b, hired, index, departments);
  });
  return out;
}

/** A handful of later orders, keyed by place in the list, so cards show a history. */
function movements(b: Builder, hired: DemoStaff['appointments'][number], index: number, departments: string[]) {
  const other = departments[(departments.indexOf(hired.unitId) + 1) % departments.length]!;
  if (index % 10 === 2 && hired.rate === '1.00') appoint(b, hired.cardId, '2025-09-01', other, 'lecturer', 0.25, 'internalPartTime');
  if (index % 10 === 4) move(b, hired, '2024-09-01', { kind: 'transfer', appointmentId: hired.id, rate: 0.75 }, { rate: '0.75' });
  if (index % 10 === 6) move(b, hired, '2026-02-02', { kind: 'leave', leaveKind: 'childCare', until: '2027-08-31' }, { status: 'onLeave' });
  if (index % 10 === 7) order(b, hired.cardId, '2025-12-25', { kind: 'award', awardKind: 'certificate', text: 'За многолетний добросовестный труд' }, 'Представление декана');
  if (index % 10 === 9) move(b, hired, '2025-06-30', { kind: 'dismissal', reason: 'ownWish' }, null);
}

export async function insertStaff(tx: Tx, staff: DemoStaff): Promise<void> {
  await tx.insert(staffPositions).values(staff.positions);
  if (staff.cards.length === 0) return;
  await tx.insert(staffCards).values(staff.cards);
  await tx.insert(staffOrders).values(staff.orders);
  await tx.insert(staffAppointments).values(staff.appointments);
  await tx.insert(staffOrderCounters).values(staff.counters);
}
