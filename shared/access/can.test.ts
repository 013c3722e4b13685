import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { abilitiesOf, can, unitScopeOf, type Grant } from './can.ts';
import { PERMISSIONS, ROLE_DEFINITIONS, ROLES } from './permissions.ts';

const grant = (role: Grant['role'], scopeUnitId: string | null = null, scopeStudentId: string | null = null): Grant => ({ role, scopeUnitId, scopeStudentId });

describe('can', () => {
  it('gives a role exactly the permissions of its definition', () => {
    for (const role of ROLES) {
      const actor = { userId: 'u', grants: [grant(role)] };
      for (const permission of PERMISSIONS) expect(can(actor, permission)).toBe(ROLE_DEFINITIONS[role].permissions[permission] !== undefined);
    }
  });

  it('lets only the administrator reach administration', () => {
    for (const role of ROLES) {
      const actor = { userId: 'u', grants: [grant(role)] };
      expect(can(actor, 'admin.audit.read')).toBe(role === 'administrator');
      expect(can(actor, 'identity.user.create')).toBe(role === 'administrator');
    }
  });

  it('reaches a target inside a unit-scoped grant and nothing outside it (property)', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.array(fc.uuid(), { maxLength: 5 }), fc.uuid(), (scope, path, owner) => {
        const dean = { userId: 'dean', grants: [grant('deansOffice', scope)] };
        const target = { ownerUserId: owner, unitPath: path };
        expect(can(dean, 'identity.person.read', target)).toBe(path.includes(scope));
        expect(can(dean, 'identity.person.read', { ...target, unitPath: [...path, scope] })).toBe(true);
      }),
    );
  });

  it('lets a student reach only their own records, whatever the unit', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.uuid(), (group, other) => {
        const student = { userId: 'me', grants: [grant('student', group)] };
        expect(can(student, 'identity.person.read', { ownerUserId: 'me', unitPath: [group] })).toBe(true);
        expect(can(student, 'identity.person.read', { ownerUserId: other, unitPath: [group] })).toBe(false);
      }),
    );
  });

  it('lets a parent reach the linked child and nobody else', () => {
    const parent = { userId: 'p', grants: [grant('parent', null, 'child')] };
    expect(can(parent, 'identity.person.read', { ownerUserId: 'child', unitPath: ['g'] })).toBe(true);
    expect(can(parent, 'identity.person.read', { ownerUserId: 'other', unitPath: ['g'] })).toBe(false);
    expect(can(parent, 'identity.person.read', { ownerUserId: 'p' })).toBe(true);
  });

  it('lists abilities and scopes from every grant together', () => {
    const actor = { userId: 'x', grants: [grant('teacher', 'd1'), grant('curator', 'g1'), grant('parent', null, 's1')] };
    expect(abilitiesOf(actor)).toContain('identity.person.read');
    expect(unitScopeOf(actor, 'identity.person.read')).toEqual({ everywhere: false, unitIds: ['g1'], studentIds: ['s1'] });
    expect(unitScopeOf({ userId: 'r', grants: [grant('registrar')] }, 'identity.person.read').everywhere).toBe(true);
  });
});
