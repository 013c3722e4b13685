/** Every table of the product, for Drizzle and drizzle-kit. */
export * from '../platform/audit/audit.tables.ts';
export * from '../platform/settings/settings.tables.ts';
export * from '../modules/org/org.tables.ts';
export * from '../modules/identity/identity.tables.ts';
export * from '../modules/students/students.tables.ts';
export * from '../modules/curricula/curricula.tables.ts';
export * from '../modules/staff/staff.tables.ts';
export * from '../modules/calendar/calendar.tables.ts';
export * from '../platform/files/files.tables.ts';
export * from '../modules/students/students.card.tables.ts';
export * from '../modules/curricula/curricula.individual.tables.ts';
export * from '../modules/registration/registration.tables.ts';
export * from '../modules/gradebook/gradebook.tables.ts';
export * from '../modules/registration/registration.offerings.tables.ts';
export * from '../modules/finance/finance.tables.ts';
export * from '../platform/notifications/notifications.tables.ts';
