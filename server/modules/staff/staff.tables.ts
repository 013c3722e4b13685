import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/identity.tables.ts';
import { orgUnits } from '../org/org.tables.ts';

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** The catalog of positions (должности): ассистент, преподаватель, доцент, профессор, заведующий кафедрой, декан… */
export const staffPositions = pgTable('staff_positions', {
  id: uuid('id').primaryKey(),
  code: text('code').notNull().unique(),
  nameRu: text('name_ru').notNull(),
  nameKy: text('name_ky').notNull(),
  nameEn: text('name_en').notNull(),
  /** a teaching position (профессорско-преподавательский состав) */
  isTeaching: boolean('is_teaching').notNull().default(true),
  ...stamps,
});

/** The staff card (личная карточка работника): the person as HR needs them; the account is a user, one card each. */
export const staffCards = pgTable(
  'staff_cards',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    birthDate: date('birth_date').notNull(),
    gender: text('gender', { enum: ['female', 'male'] }).notNull(),
    personalNumber: text('personal_number'),
    citizenship: text('citizenship').notNull().default('KG'),
    degree: text('degree', { enum: ['none', 'candidate', 'doctor', 'phd'] }).notNull().default('none'),
    degreeField: text('degree_field'),
    title: text('title', { enum: ['none', 'associateProfessor', 'professor'] }).notNull().default('none'),
    educationLevel: text('education_level', { enum: ['secondaryVocational', 'higher', 'postgraduate'] }).notNull(),
    education: text('education'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    /** when the person first joined the university (стаж в вузе), as HR keeps it */
    hiredFirstOn: date('hired_first_on'),
    ...stamps,
  },
  (t) => [uniqueIndex('staff_cards_user_uq').on(t.userId), uniqueIndex('staff_cards_personal_number_uq').on(t.personalNumber).where(sql`${t.personalNumber} is not null`)],
);

/** HR orders (приказы по личному составу): one person each; the only way an appointment opens or closes. */
export const staffOrders = pgTable(
  'staff_orders',
  {
    id: uuid('id').primaryKey(),
    year: integer('year').notNull(),
    number: integer('number').notNull(),
    kind: text('kind', { enum: ['hire', 'transfer', 'leave', 'returnFromLeave', 'award', 'dismissal'] }).notNull(),
    status: text('status', { enum: ['draft', 'signed'] }).notNull().default('draft'),
    cardId: uuid('card_id').notNull().references(() => staffCards.id),
    orderDate: date('order_date').notNull(),
    effectiveDate: date('effective_date').notNull(),
    /** основание: заявление работника, представление заведующего кафедрой… */
    basis: text('basis').notNull(),
    params: jsonb('params').notNull(),
    authorId: uuid('author_id').notNull().references(() => users.id),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
    ...stamps,
  },
  (t) => [unique('staff_orders_year_number_uq').on(t.year, t.number), index('staff_orders_card_idx').on(t.cardId, t.effectiveDate), index('staff_orders_status_idx').on(t.status, t.orderDate)],
);

/** The last HR order number given in a year: one upsert per order, so numbers never repeat under concurrency. */
export const staffOrderCounters = pgTable('staff_order_counters', {
  year: integer('year').primaryKey(),
  lastNumber: integer('last_number').notNull(),
});

/**
 * An appointment (назначение): a person in a department on a position at a rate, from one date to
 * the next (valid_from ≤ d < valid_to), opened and closed only by signed HR orders.
 */
export const staffAppointments = pgTable(
  'staff_appointments',
  {
    id: uuid('id').primaryKey(),
    cardId: uuid('card_id').notNull().references(() => staffCards.id),
    unitId: uuid('unit_id').notNull().references(() => orgUnits.id),
    positionId: uuid('position_id').notNull().references(() => staffPositions.id),
    rate: numeric('rate', { precision: 4, scale: 2 }).notNull(),
    employment: text('employment', { enum: ['main', 'internalPartTime', 'externalPartTime'] }).notNull(),
    status: text('status', { enum: ['working', 'onLeave'] }).notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    orderId: uuid('order_id').notNull().references(() => staffOrders.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('staff_appointments_card_idx').on(t.cardId, t.validFrom),
    index('staff_appointments_unit_idx').on(t.unitId, t.validFrom),
    // one open period per person, department and position
    uniqueIndex('staff_appointments_open_uq').on(t.cardId, t.unitId, t.positionId).where(sql`${t.validTo} is null`),
  ],
);
