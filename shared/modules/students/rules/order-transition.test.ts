import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPEL_REASONS, FUNDINGS, LEAVE_KINDS, STUDENT_STATUSES, STUDY_FORMS } from '../students.vocabulary.ts';
import { applyOrderChange, type OrderChange, type Placement, type TargetGroup } from './order-transition.ts';

const g1: TargetGroup = { groupId: 'g1', programId: 'p1', programLevel: 'bachelor', studyForm: 'fullTime' };
const g2: TargetGroup = { groupId: 'g2', programId: 'p2', programLevel: 'bachelor', studyForm: 'partTime' };
const master: TargetGroup = { groupId: 'm1', programId: 'pm', programLevel: 'master', studyForm: 'fullTime' };
const active: Placement = { status: 'active', groupId: 'g1', programId: 'p1', programLevel: 'bachelor', studyForm: 'fullTime', funding: 'grant' };
const at = (status: Placement['status']): Placement => ({ ...active, status });

describe('order transitions', () => {
  it.each<[string, Placement | null, OrderChange, string]>([
    ['enrol a new student', null, { kind: 'enrol', group: g1, funding: 'contract' }, 'active'],
    ['enrol twice', active, { kind: 'enrol', group: g1, funding: 'contract' }, 'STUDENT_ALREADY_ENROLLED'],
    ['transfer one never enrolled', null, { kind: 'transfer', group: g2 }, 'STUDENT_NOT_ENROLLED'],
    ['transfer to another group', active, { kind: 'transfer', group: g2 }, 'active'],
    ['transfer into a group of another level', active, { kind: 'transfer', group: master }, 'TRANSFER_LEVEL_MISMATCH'],
    ['transfer that changes nothing', active, { kind: 'transfer', group: g1 }, 'TRANSFER_NOTHING_CHANGES'],
    ['transfer funding', active, { kind: 'transfer', funding: 'contract' }, 'active'],
    ['transfer while on leave', at('onLeave'), { kind: 'transfer', funding: 'contract' }, 'STUDENT_NOT_ACTIVE'],
    ['leave', active, { kind: 'academicLeave', leaveKind: 'medical' }, 'onLeave'],
    ['leave twice', at('onLeave'), { kind: 'academicLeave', leaveKind: 'army' }, 'STUDENT_NOT_ACTIVE'],
    ['return from leave', at('onLeave'), { kind: 'returnFromLeave' }, 'active'],
    ['return one not on leave', active, { kind: 'returnFromLeave' }, 'STUDENT_NOT_ON_LEAVE'],
    ['expel', active, { kind: 'expel', reason: 'ownWish' }, 'expelled'],
    ['expel from leave', at('onLeave'), { kind: 'expel', reason: 'notBackFromLeave' }, 'expelled'],
    ['expel one already expelled', at('expelled'), { kind: 'expel', reason: 'ownWish' }, 'STUDENT_ALREADY_LEFT'],
    ['expel a graduate', at('graduated'), { kind: 'expel', reason: 'ownWish' }, 'STUDENT_ALREADY_LEFT'],
    ['restore', at('expelled'), { kind: 'restore', group: g2, funding: 'contract' }, 'active'],
    ['restore one studying', active, { kind: 'restore', group: g2, funding: 'contract' }, 'STUDENT_NOT_EXPELLED'],
    ['graduate', active, { kind: 'graduate' }, 'graduated'],
    ['graduate one on leave', at('onLeave'), { kind: 'graduate' }, 'STUDENT_NOT_ACTIVE'],
  ])('%s', (_name, current, change, expected) => {
    const result = applyOrderChange(current, change);
    expect(result.ok ? result.placement.status : result.refusal).toBe(expected);
  });

  it('moves group, program and form together on a group transfer, keeping funding', () => {
    const result = applyOrderChange(active, { kind: 'transfer', group: g2 });
    expect(result).toEqual({ ok: true, placement: { status: 'active', groupId: 'g2', programId: 'p2', programLevel: 'bachelor', studyForm: 'partTime', funding: 'grant' } });
  });

  const placement = fc.record({
    status: fc.constantFrom(...STUDENT_STATUSES),
    groupId: fc.constantFrom('g1', 'g2'),
    programId: fc.constantFrom('p1', 'p2'),
    programLevel: fc.constantFrom('bachelor' as const, 'master' as const),
    studyForm: fc.constantFrom(...STUDY_FORMS),
    funding: fc.constantFrom(...FUNDINGS),
  });
  const change: fc.Arbitrary<OrderChange> = fc.oneof(
    fc.record({ kind: fc.constant('enrol' as const), group: fc.constantFrom(g1, g2, master), funding: fc.constantFrom(...FUNDINGS) }),
    fc.record({ kind: fc.constant('transfer' as const), group: fc.constantFrom(g1, g2, master), funding: fc.constantFrom(...FUNDINGS) }),
    fc.record({ kind: fc.constant('academicLeave' as const), leaveKind: fc.constantFrom(...LEAVE_KINDS) }),
    fc.record({ kind: fc.constant('returnFromLeave' as const) }),
    fc.record({ kind: fc.constant('expel' as const), reason: fc.constantFrom(...EXPEL_REASONS) }),
    fc.record({ kind: fc.constant('restore' as const), group: fc.constantFrom(g1, g2, master), funding: fc.constantFrom(...FUNDINGS) }),
    fc.record({ kind: fc.constant('graduate' as const) }),
  );

  it('never lets anyone leave a final status except an expelled student by restoration (property)', () => {
    fc.assert(
      fc.property(placement, change, (current, next) => {
        const result = applyOrderChange(current, next);
        if (current.status === 'graduated') expect(result.ok).toBe(false);
        if (current.status === 'expelled' && result.ok) expect(next.kind).toBe('restore');
      }),
    );
  });

  it('keeps a student within the level of their program except by restoration (property)', () => {
    fc.assert(
      fc.property(placement, change, (current, next) => {
        const result = applyOrderChange(current, next);
        if (result.ok && next.kind !== 'restore') expect(result.placement.programLevel).toBe(current.programLevel);
      }),
    );
  });
});
