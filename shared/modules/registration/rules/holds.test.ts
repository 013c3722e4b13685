import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Grant } from '../../../access/can.ts';
import { ROLES, type Role } from '../../../access/permissions.ts';
import { HOLD_KIND_RULES, HOLD_KINDS, type HoldKind } from '../registration.hold-kinds.ts';
import { holdDatesValid, isHoldActive, manageableHoldKinds, mayManageHold } from './holds.ts';

const grant = (role: Role, scopeUnitId: string | null = null, scopeStudentId: string | null = null): Grant => ({ role, scopeUnitId, scopeStudentId });
const student = { ownerUserId: 'st', unitPath: ['group', 'dept', 'faculty', 'uni'] };

describe('who may set and lift which hold', () => {
  it.each([
    ['cashier', ['financial']],
    ['deansOffice', ['medical', 'dean']],
    ['registrar', ['medical']],
    ['personnelOffice', ['records']],
    ['librarian', ['library']],
    ['administrator', HOLD_KINDS],
    ['student', []],
    ['parent', []],
    ['curator', []],
    ['teacher', []],
  ] as const)('%s may set %o', (role, kinds) => {
    const actor = { userId: 'me', grants: [grant(role)] };
    expect(manageableHoldKinds(actor, 'set', student)).toEqual(kinds);
    expect(manageableHoldKinds(actor, 'lift', student)).toEqual(kinds);
  });

  it("lets a dean's office set and lift only on the students of its faculty", () => {
    const dean = { userId: 'me', grants: [grant('deansOffice', 'faculty')] };
    expect(mayManageHold(dean, 'dean', 'set', student)).toBe(true);
    expect(mayManageHold(dean, 'dean', 'lift', { ...student, unitPath: ['other-group', 'other-faculty', 'uni'] })).toBe(false);
  });

  it('does not let one grant lend its kinds to another grant’s scope', () => {
    // a cashier elsewhere does not turn a faculty-scoped dean into a setter of financial holds, and back
    const both = { userId: 'me', grants: [grant('deansOffice', 'other-faculty'), grant('librarian')] };
    expect(mayManageHold(both, 'dean', 'set', student)).toBe(false);
    expect(mayManageHold(both, 'library', 'set', student)).toBe(true);
  });

  it('follows the kind table for every role and kind (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...HOLD_KINDS), fc.constantFrom('set' as const, 'lift' as const), (role, kind: HoldKind, action) => {
        const listed = (action === 'set' ? HOLD_KIND_RULES[kind].setBy : HOLD_KIND_RULES[kind].liftBy) as readonly Role[];
        expect(mayManageHold({ userId: 'me', grants: [grant(role)] }, kind, action, student)).toBe(role === 'administrator' || listed.includes(role));
      }),
    );
  });
});

describe('a hold in force', () => {
  const hold = { since: '2026-09-01', until: '2026-09-30', liftedOn: null };
  it.each([
    ['2026-08-31', false],
    ['2026-09-01', true],
    ['2026-09-30', true],
    ['2026-10-01', false],
  ])('on %s: %s', (day, active) => expect(isHoldActive(hold, day)).toBe(active));

  it('ends the day it is lifted, and lasts for ever without an end', () => {
    const open = { since: '2026-09-01', until: null, liftedOn: null };
    expect(isHoldActive(open, '2030-01-01')).toBe(true);
    expect(isHoldActive({ ...open, liftedOn: '2026-09-10' }, '2026-09-09')).toBe(true);
    expect(isHoldActive({ ...open, liftedOn: '2026-09-10' }, '2026-09-10')).toBe(false);
  });

  it('refuses a period that ends before it starts', () => {
    expect(holdDatesValid('2026-09-10', '2026-09-09')).toBe(false);
    expect(holdDatesValid('2026-09-10', '2026-09-10')).toBe(true);
    expect(holdDatesValid('2026-09-10', null)).toBe(true);
  });
});
