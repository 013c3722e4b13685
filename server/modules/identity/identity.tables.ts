import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/org.tables.ts';

/** Accounts: staff, students, parents, applicants. The username is the personal ID. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey(),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** true while the account still has a password published with the demo university */
    passwordIsDemo: boolean('password_is_demo').notNull().default(false),
    passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic'),
    email: text('email'),
    phone: text('phone'),
    lang: text('lang', { enum: ['ru', 'ky', 'en'] }).notNull().default('ru'),
    /** the unit a person belongs to: a student's group, a teacher's department */
    homeUnitId: uuid('home_unit_id').references(() => orgUnits.id),
    isActive: boolean('is_active').notNull().default(true),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_uq').on(sql`lower(${t.username})`),
    index('users_home_unit_idx').on(t.homeUnitId),
    index('users_last_name_idx').on(sql`lower(${t.lastName})`),
  ],
);

/** Server-side sessions; the cookie carries a random token, the table only its hash. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    publicId: uuid('public_id').notNull(),
    userId: uuid('user_id').notNull().references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokeReason: text('revoke_reason'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), uniqueIndex('sessions_public_id_uq').on(t.publicId)],
);

/** A role held by a user, scoped to a unit, to one student (a parent), or to the whole university. */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull().references(() => users.id),
    role: text('role').notNull(),
    scopeUnitId: uuid('scope_unit_id').references(() => orgUnits.id),
    scopeStudentId: uuid('scope_student_id').references((): AnyPgColumn => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').references((): AnyPgColumn => users.id),
  },
  (t) => [
    unique('role_grants_uq').on(t.userId, t.role, t.scopeUnitId, t.scopeStudentId).nullsNotDistinct(),
    index('role_grants_user_idx').on(t.userId),
  ],
);

/** Sign-in attempts per client address in the current one-minute window (rate limit). */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text('key').primaryKey(),
  windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
  attempts: integer('attempts').notNull(),
});
