import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDIVIDUAL_PLAN_STATUSES } from '../../curricula/curricula.vocabulary.ts';
import { creditRange, isEditable, missingPrerequisites, needsRestudy, nextStatus, nextWindow, openWindows, studentWindowFor, windowFor, type CalendarPeriodFact, type PlanAction } from './registration.ts';

const periods: CalendarPeriodFact[] = [
  { kind: 'registration', termKind: 'autumn', startDate: '2026-09-01', endDate: '2026-09-07' },
  { kind: 'addDrop', termKind: 'autumn', startDate: '2026-09-01', endDate: '2026-09-14' },
  { kind: 'midterm', termKind: 'autumn', startDate: '2026-10-19', endDate: '2026-10-24' },
  { kind: 'registration', termKind: 'spring', startDate: '2026-11-28', endDate: '2026-12-11' },
  { kind: 'reRegistration', termKind: 'spring', startDate: '2027-02-01', endDate: '2027-02-07' },
  { kind: 'vacation', termKind: null, startDate: '2026-12-28', endDate: '2027-01-10' },
];

describe('registration windows', () => {
  it('are open on their first and last day only, and registration comes before add/drop', () => {
    expect(openWindows(periods, '2026-09-01').map((w) => w.kind)).toEqual(['registration', 'addDrop']);
    expect(windowFor(periods, '2026-09-07', 'autumn')?.kind).toBe('registration');
    expect(windowFor(periods, '2026-09-08', 'autumn')?.kind).toBe('addDrop');
    expect(windowFor(periods, '2026-09-15', 'autumn')).toBeUndefined();
    expect(windowFor(periods, '2026-08-31', 'autumn')).toBeUndefined();
  });
  it('for spring run in autumn, and a midterm week or vacation is no window', () => {
    expect(windowFor(periods, '2026-12-02', 'spring')).toMatchObject({ kind: 'registration', endDate: '2026-12-11' });
    expect(openWindows(periods, '2026-10-20')).toEqual([]);
    expect(openWindows(periods, '2026-12-30')).toEqual([]);
  });
  it('reopen for a student whose elective the closing cancelled, to the last day of the re-choice only', () => {
    // the calendar's own window wins while open (add/drop keeps its dean's approval)
    expect(studentWindowFor(periods, '2026-09-10', 'autumn', '2026-09-18')?.kind).toBe('addDrop');
    expect(studentWindowFor(periods, '2026-09-15', 'autumn', '2026-09-18')).toMatchObject({ term: 'autumn', kind: 'registration', endDate: '2026-09-18' });
    expect(studentWindowFor(periods, '2026-09-18', 'autumn', '2026-09-18')?.endDate).toBe('2026-09-18');
    expect(studentWindowFor(periods, '2026-09-19', 'autumn', '2026-09-18')).toBeUndefined();
    expect(studentWindowFor(periods, '2026-09-15', 'autumn', null)).toBeUndefined();
  });
  it('tell when the next one opens', () => {
    expect(nextWindow(periods, '2026-12-12', 'spring')).toMatchObject({ kind: 'reRegistration', startDate: '2027-02-01' });
    expect(nextWindow(periods, '2027-02-08', 'spring')).toBeUndefined();
  });
});

describe('credit limits', () => {
  const limits = { semesterMin: 22, semesterMax: 33, summerMax: 15 };
  it('are 22…33 in a semester and at most 15 in summer (DOMAIN.md §4)', () => {
    expect(creditRange('autumn', limits)).toEqual({ min: 22, max: 33 });
    expect(creditRange('spring', limits)).toEqual({ min: 22, max: 33 });
    expect(creditRange('summer', limits)).toEqual({ min: 0, max: 15 });
  });
  it('follow the settings whatever they are', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 30 }), fc.constantFrom('autumn', 'spring', 'summer' as const), (min, max, summer, term) => {
        const range = creditRange(term, { semesterMin: min, semesterMax: max, summerMax: summer });
        expect(range.max).toBe(term === 'summer' ? summer : max);
        expect(range.min).toBe(term === 'summer' ? 0 : min);
      }),
    );
  });
});

describe('prerequisites and re-study', () => {
  it('lists what is not passed, in order', () => {
    expect(missingPrerequisites(['a', 'b', 'c'], new Set(['b']))).toEqual(['a', 'c']);
    expect(missingPrerequisites([], new Set())).toEqual([]);
  });
  it('re-studies after F, X, W and a failed credit, not after FX (a retake) or a pass', () => {
    for (const letter of ['F', 'X', 'W', 'fail'] as const) expect(needsRestudy(letter)).toBe(true);
    for (const letter of ['FX', 'D', 'A+', 'pass', 'I', 'absent'] as const) expect(needsRestudy(letter)).toBe(false);
    expect(needsRestudy(undefined)).toBe(false);
  });
});

describe('the ИУП flow', () => {
  const table: [string, PlanAction, boolean, string | null][] = [
    ['draft', 'submit', false, 'submitted'],
    ['submitted', 'submit', false, null],
    ['submitted', 'approve', false, 'advisorApproved'],
    ['draft', 'approve', false, null],
    ['advisorApproved', 'accept', false, 'registrarAccepted'],
    ['advisorApproved', 'accept', true, null],
    ['advisorApproved', 'approveChange', true, 'deanApproved'],
    ['advisorApproved', 'approveChange', false, null],
    ['deanApproved', 'accept', true, 'registrarAccepted'],
    ['submitted', 'accept', false, null],
    ['submitted', 'return', false, 'draft'],
    ['deanApproved', 'return', true, 'draft'],
    ['registrarAccepted', 'return', false, null],
    ['submitted', 'withdraw', false, 'draft'],
    ['advisorApproved', 'withdraw', false, null],
  ];
  it.each(table)('%s --%s (dean: %s)--> %s', (from, action, dean, to) => {
    expect(nextStatus(from as never, action, dean)).toBe(to);
  });
  it('never skips the advisor: acceptance needs an advisor-approved (or dean-approved) plan', () => {
    for (const status of INDIVIDUAL_PLAN_STATUSES) {
      for (const dean of [false, true]) {
        const accepted = nextStatus(status, 'accept', dean);
        if (accepted) expect(['advisorApproved', 'deanApproved']).toContain(status);
      }
    }
  });
  it('lets only a draft change; an accepted plan reopens; one under review waits', () => {
    expect(isEditable('draft')).toBe('yes');
    expect(isEditable('registrarAccepted')).toBe('reopen');
    for (const s of ['submitted', 'advisorApproved', 'deanApproved'] as const) expect(isEditable(s)).toBe('underReview');
  });
});
