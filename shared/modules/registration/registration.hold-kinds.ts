import type { Role } from '../../access/permissions.ts';

/**
 * The kinds of registration hold (блокировка) and who may set and lift each: the one table.
 * A role listed here still needs `registration.hold.manage` reaching the student (a dean's office
 * only in its faculty); the administrator may set and lift every kind.
 */
export const HOLD_KIND_RULES = {
  /** unpaid tuition or another debt to the university (задолженность по оплате) */
  financial: { setBy: ['cashier'], liftBy: ['cashier'] },
  /** no medical examination this academic year (медосмотр не пройден) */
  medical: { setBy: ['deansOffice', 'registrar'], liftBy: ['deansOffice', 'registrar'] },
  /** an administrative hold of the dean's office (распоряжение деканата) */
  dean: { setBy: ['deansOffice'], liftBy: ['deansOffice'] },
  /** documents missing from the personal file (не сданы документы) */
  records: { setBy: ['personnelOffice'], liftBy: ['personnelOffice'] },
  /** library books not returned (не возвращены книги) */
  library: { setBy: ['librarian'], liftBy: ['librarian'] },
} as const satisfies Record<string, { setBy: readonly Role[]; liftBy: readonly Role[] }>;

export type HoldKind = keyof typeof HOLD_KIND_RULES;
export const HOLD_KINDS = Object.keys(HOLD_KIND_RULES) as HoldKind[];

/** Roles that may set and lift a hold of any kind. */
export const ANY_HOLD_KIND_ROLES: readonly Role[] = ['administrator'];
