import type { CardDto, CardRowDto, CreateCardBody, PositionBody, PositionDto, SearchCardsQuery, UpdateCardBody } from '../../../shared/modules/staff/staff.contracts.ts';
import { checkPersonalNumber } from '../../../shared/modules/students/rules/personal-documents.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { universityToday } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { unitsWithin } from '../org/index.ts';
import { localName, staffOrderNumber, sumRates, toAppointmentDto, toPositionDto } from './staff.mappers.ts';
import * as orders from './staff.orders.repository.ts';
import { canOnStaff, canOnUnit, readableStaff } from './staff.policy.ts';
import * as repo from './staff.repository.ts';

/** Positions and staff cards: create, edit, read within scope, search. */

export async function getPositions(ctx: ServiceContext): Promise<PositionDto[]> {
  return (await repo.listPositions(ctx.db)).map((row) => toPositionDto(row, ctx.lang));
}

export async function createPosition(ctx: ServiceContext, body: PositionBody): Promise<PositionDto> {
  if (await repo.findPositionByCode(ctx.db, body.code)) throw new AppError('STAFF_POSITION_CODE_TAKEN');
  const row = await ctx.db.transaction(async (tx) => {
    const created = await repo.insertPosition(tx, { id: newId(), ...body, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'staff.card.manage', entityType: 'staffPosition', entityId: created.id, after: created });
    return created;
  });
  return toPositionDto(row, ctx.lang);
}

/** The personal number checked as on a student's card (FORMS.md §10): format and date refuse, a mismatch warns. */
async function checkPin(ctx: ServiceContext, card: { personalNumber?: string | null | undefined; birthDate?: string | undefined; gender?: 'female' | 'male' | undefined }, exceptId?: string): Promise<void> {
  if (!card.personalNumber) return;
  const check = checkPersonalNumber(card.personalNumber, ctx.now, { birthDate: card.birthDate ?? null, gender: card.gender ?? null });
  if (check.problems.length) throw new AppError('PERSONAL_NUMBER_INVALID', {}, { problems: check.problems });
  if (await repo.findCardWithPin(ctx.db, card.personalNumber, exceptId)) throw new AppError('PERSONAL_NUMBER_TAKEN');
}

type CardFound = NonNullable<Awaited<ReturnType<typeof repo.findCard>>>;

/** The card, if the actor may use the permission on it (its person and the units they work in). */
export async function loadCardInScope(ctx: ServiceContext, id: string, permission: 'staff.card.read' | 'staff.card.manage' | 'staff.order.create' | 'staff.order.sign' | 'staff.order.read', lock = false): Promise<CardFound> {
  const found = await repo.findCard(ctx.db, id, lock);
  if (!found) throw new AppError('STAFF_CARD_NOT_FOUND');
  const open = await orders.openAppointments(ctx.db, id);
  if (!(await canOnStaff(ctx.db, ctx.actor, permission, { userId: found.card.userId, unitIds: [found.user.homeUnitId, ...open.map((a) => a.unitId)] }))) throw new AppError('FORBIDDEN');
  return found;
}

export async function createCard(ctx: ServiceContext, body: CreateCardBody): Promise<CardDto> {
  const person = await repo.findPerson(ctx.db, body.userId);
  if (!person) throw new AppError('USER_NOT_FOUND');
  if (person.homeUnitId && !(await canOnUnit(ctx.db, ctx.actor, 'staff.card.manage', person.homeUnitId))) throw new AppError('FORBIDDEN');
  if (await repo.findCardOfUser(ctx.db, body.userId)) throw new AppError('STAFF_CARD_EXISTS');
  await checkPin(ctx, body);
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertCard(tx, { id, ...body, createdAt: ctx.now, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'staff.card.manage', entityType: 'staffCard', entityId: id, after: row });
  });
  return getCard(ctx, id);
}

export async function updateCard(ctx: ServiceContext, id: string, body: UpdateCardBody): Promise<CardDto> {
  const before = (await loadCardInScope(ctx, id, 'staff.card.manage')).card;
  await checkPin(ctx, { personalNumber: body.personalNumber, birthDate: body.birthDate ?? before.birthDate, gender: body.gender ?? before.gender }, id);
  await ctx.db.transaction(async (tx) => {
    const after = await repo.updateCard(tx, id, { ...body, updatedAt: ctx.now });
    await recordAudit(tx, ctx, { action: 'staff.card.manage', entityType: 'staffCard', entityId: id, before, after });
  });
  return getCard(ctx, id);
}

function personalOf(ctx: ServiceContext, card: repo.CardRow): CardDto['personal'] {
  const pinWarnings = card.personalNumber ? checkPersonalNumber(card.personalNumber, ctx.now, { birthDate: card.birthDate, gender: card.gender }).warnings : [];
  return { birthDate: card.birthDate, personalNumber: card.personalNumber, citizenship: card.citizenship, address: card.address, pinWarnings };
}

/** One card with its current appointments, the whole history and the awards; personal data only with the right. */
export async function getCard(ctx: ServiceContext, id: string): Promise<CardDto> {
  const { card, user } = await loadCardInScope(ctx, id, 'staff.card.read');
  const today = await universityToday(ctx);
  const history = (await orders.listAppointments(ctx.db, [id])).map((row) => toAppointmentDto(row, ctx.lang));
  const current = history.filter((a) => a.validFrom <= today && (a.validTo === null || a.validTo > today));
  const target = { userId: card.userId, unitIds: [user.homeUnitId, ...current.map((a) => a.unitId)] };
  const awards = (await orders.listAwards(ctx.db, id)).map((o) => {
    const params = o.params as { awardKind: CardDto['awards'][number]['awardKind']; text: string };
    return { orderId: o.id, orderNumber: staffOrderNumber(o), date: o.effectiveDate, awardKind: params.awardKind, text: params.text };
  });
  return {
    id: card.id,
    userId: card.userId,
    username: user.username,
    fullName: fullName(user),
    personal: (await canOnStaff(ctx.db, ctx.actor, 'staff.card.readPersonal', target)) ? personalOf(ctx, card) : null,
    gender: card.gender,
    degree: card.degree,
    degreeField: card.degreeField,
    title: card.title,
    educationLevel: card.educationLevel,
    education: card.education,
    phone: card.phone,
    email: card.email,
    hiredFirstOn: card.hiredFirstOn,
    current,
    history,
    awards,
    totalRate: sumRates(current.map((a) => a.rate)),
  };
}

/** The actor's own card, if they have one (the teacher's cabinet). */
export async function getOwnCard(ctx: ServiceContext): Promise<CardDto | null> {
  const own = await repo.findCardOfUser(ctx.db, ctx.actor.userId);
  return own ? getCard(ctx, own.id) : null;
}

/** Cards within the reader's scope, by name, department, degree, title and whether employed today. */
export async function searchCards(ctx: ServiceContext, query: SearchCardsQuery) {
  const date = await universityToday(ctx);
  const scope = await readableStaff(ctx.db, ctx.actor, 'staff.card.read');
  const unitIds = query.unitId ? await unitsWithin(ctx.db, [query.unitId]) : undefined;
  const search = { q: query.q, unitIds, degree: query.degree, title: query.title, employed: query.employed === undefined ? undefined : query.employed === 'yes', scope, date };
  const { rows, total } = await repo.searchCards(ctx.db, search, query.page, query.pageSize);
  const current = await orders.listAppointments(ctx.db, rows.map((r) => r.card.id), date);
  const items: CardRowDto[] = rows.map(({ card, user }) => {
    const mine = current.filter((a) => a.appointment.cardId === card.id);
    return {
      id: card.id,
      userId: card.userId,
      fullName: fullName(user),
      degree: card.degree,
      title: card.title,
      positions: [...new Set(mine.map((a) => localName(a.position, ctx.lang)))].join(', '),
      units: [...new Set(mine.map((a) => localName(a.unit, ctx.lang)))].join(', '),
      totalRate: sumRates(mine.map((a) => Number(a.appointment.rate))),
      isEmployed: mine.length > 0,
      isOnLeave: mine.some((a) => a.appointment.status === 'onLeave'),
    };
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}
