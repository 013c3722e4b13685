import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStaffChange, hundredthsToRate, rateToHundredths, type Appointment, type StaffChange } from './appointment-change.ts';

const limits = { minRate: 10, maxTotalRate: 150 };
const main: Appointment = { id: 'a1', unitId: 'd1', positionId: 'docent', rate: 100, employment: 'main', status: 'working' };
const part: Appointment = { id: 'a2', unitId: 'd2', positionId: 'lecturer', rate: 25, employment: 'internalPartTime', status: 'working' };
const onLeave: Appointment = { ...main, status: 'onLeave' };
const hire = (over: Partial<Extract<StaffChange, { kind: 'hire' }>> = {}): StaffChange => ({ kind: 'hire', unitId: 'd2', unitIsDepartment: true, positionId: 'lecturer', rate: 50, employment: 'internalPartTime', ...over });

describe('applyStaffChange refuses what cannot be', () => {
  it.each<[string, Appointment[], StaffChange, string]>([
    ['hire into a unit that is not a department', [], hire({ unitIsDepartment: false, employment: 'main' }), 'STAFF_UNIT_NOT_DEPARTMENT'],
    ['hire past the maximum total rate', [main], hire({ rate: 75 }), 'STAFF_RATE_OVER_LIMIT'],
    ['hire with a zero rate', [], hire({ rate: 0, employment: 'main' }), 'STAFF_RATE_INVALID'],
    ['hire below the smallest rate', [], hire({ rate: 5, employment: 'main' }), 'STAFF_RATE_INVALID'],
    ['hire with a rate above the maximum alone', [], hire({ rate: 175, employment: 'main' }), 'STAFF_RATE_INVALID'],
    ['a second main job', [main], hire({ employment: 'main' }), 'STAFF_MAIN_JOB_TAKEN'],
    ['internal part-time without a main job', [], hire(), 'STAFF_NO_MAIN_JOB'],
    ['the same position in the same department twice', [main], hire({ unitId: 'd1', positionId: 'docent' }), 'STAFF_ALREADY_APPOINTED'],
    ['hire someone on leave', [onLeave], hire(), 'STAFF_ON_LEAVE'],
    ['dismiss someone not employed', [], { kind: 'dismissal', appointmentId: null }, 'STAFF_NOT_EMPLOYED'],
    ['send on leave someone not employed', [], { kind: 'leave', leaveKind: 'annual' }, 'STAFF_NOT_EMPLOYED'],
    ['award someone not employed', [], { kind: 'award' }, 'STAFF_NOT_EMPLOYED'],
    ['a second leave', [onLeave], { kind: 'leave', leaveKind: 'unpaid' }, 'STAFF_ON_LEAVE'],
    ['return someone not on leave', [main], { kind: 'returnFromLeave' }, 'STAFF_NOT_ON_LEAVE'],
    ['transfer of an appointment not held', [main], { kind: 'transfer', appointmentId: 'zz', to: { rate: 50 } }, 'STAFF_APPOINTMENT_NOT_FOUND'],
    ['transfer that changes nothing', [main], { kind: 'transfer', appointmentId: 'a1', to: { rate: 100 } }, 'STAFF_TRANSFER_NOTHING_CHANGES'],
    ['transfer to a faculty', [main], { kind: 'transfer', appointmentId: 'a1', to: { unitId: 'f1', unitIsDepartment: false } }, 'STAFF_UNIT_NOT_DEPARTMENT'],
    ['transfer raising the total past the maximum', [main, part], { kind: 'transfer', appointmentId: 'a1', to: { rate: 150 } }, 'STAFF_RATE_OVER_LIMIT'],
    ['transfer of someone on leave', [onLeave], { kind: 'transfer', appointmentId: 'a1', to: { rate: 50 } }, 'STAFF_ON_LEAVE'],
    ['release of the main job while part-time work stays', [main, part], { kind: 'dismissal', appointmentId: 'a1' }, 'STAFF_NO_MAIN_JOB'],
  ])('%s', (_name, current, change, refusal) => {
    const outcome = applyStaffChange(current, change, limits);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.refusal).toBe(refusal);
  });
});

describe('applyStaffChange produces the periods', () => {
  it('hires: opens one working appointment, closes nothing', () => {
    expect(applyStaffChange([], hire({ employment: 'main', rate: 100 }), limits)).toEqual({ ok: true, close: [], open: [{ unitId: 'd2', positionId: 'lecturer', rate: 100, employment: 'main', status: 'working' }] });
  });
  it('transfers: closes the old period and opens the new one with the same employment', () => {
    expect(applyStaffChange([main], { kind: 'transfer', appointmentId: 'a1', to: { unitId: 'd2', unitIsDepartment: true, rate: 50 } }, limits)).toEqual({ ok: true, close: ['a1'], open: [{ unitId: 'd2', positionId: 'docent', rate: 50, employment: 'main', status: 'working' }] });
  });
  it('a leave re-opens every appointment on leave, a return re-opens them working', () => {
    const leave = applyStaffChange([main, part], { kind: 'leave', leaveKind: 'annual' }, limits);
    expect(leave).toMatchObject({ ok: true, close: ['a1', 'a2'], open: [{ status: 'onLeave', unitId: 'd1' }, { status: 'onLeave', unitId: 'd2' }] });
    expect(applyStaffChange([onLeave], { kind: 'returnFromLeave' }, limits)).toMatchObject({ ok: true, close: ['a1'], open: [{ status: 'working', rate: 100 }] });
  });
  it('an award changes no period; a dismissal closes all, or one part-time job', () => {
    expect(applyStaffChange([main], { kind: 'award' }, limits)).toEqual({ ok: true, close: [], open: [] });
    expect(applyStaffChange([main, part], { kind: 'dismissal', appointmentId: null }, limits)).toEqual({ ok: true, close: ['a1', 'a2'], open: [] });
    expect(applyStaffChange([main, part], { kind: 'dismissal', appointmentId: 'a2' }, limits)).toEqual({ ok: true, close: ['a2'], open: [] });
  });
});

describe('rates', () => {
  it.each([
    ['0.25', 25],
    [1.5, 150],
    ['1', 100],
    ['0.333', null],
    ['0', null],
    ['-0.5', null],
    ['abc', null],
  ] as const)('rateToHundredths(%s) = %s', (raw, expected) => expect(rateToHundredths(raw)).toBe(expected));

  it('round-trips every hundredth', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 1000 }), (n) => rateToHundredths(hundredthsToRate(n)) === n));
  });

  it('no sequence of hires and transfers ever takes the total past the maximum', () => {
    const step = fc.oneof(
      fc.record({ kind: fc.constant('hire' as const), unit: fc.integer({ min: 1, max: 4 }), rate: fc.integer({ min: 1, max: 200 }), main: fc.boolean() }),
      fc.record({ kind: fc.constant('transfer' as const), index: fc.nat(5), rate: fc.integer({ min: 1, max: 200 }) }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 25, max: 300 }), fc.array(step, { maxLength: 12 }), (max, steps) => {
        let current: Appointment[] = [];
        let seq = 0;
        for (const s of steps) {
          const change: StaffChange =
            s.kind === 'hire'
              ? { kind: 'hire', unitId: `d${s.unit}`, unitIsDepartment: true, positionId: 'p', rate: s.rate, employment: s.main ? 'main' : 'internalPartTime' }
              : { kind: 'transfer', appointmentId: current[s.index % Math.max(current.length, 1)]?.id ?? 'none', to: { rate: s.rate } };
          const outcome = applyStaffChange(current, change, { minRate: 1, maxTotalRate: max });
          if (!outcome.ok) continue;
          current = [...current.filter((a) => !outcome.close.includes(a.id)), ...outcome.open.map((a) => ({ ...a, id: `x${++seq}` }))];
          expect(current.reduce((sum, a) => sum + a.rate, 0)).toBeLessThanOrEqual(max);
        }
      }),
    );
  });
});
