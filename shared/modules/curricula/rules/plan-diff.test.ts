import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffPlans, type ComparableLine, type ComparablePlan } from './plan-diff.ts';

const line = (code: string, extra: Partial<ComparableLine> = {}): ComparableLine => ({
  code, semester: 1, credits: 4, groupKind: 'fixed', electiveGroup: null, cycle: 'professional', component: 'university', track: 'major', midterms: 2, controlForm: 'exam',
  hours: { lecture: 20, practice: 20, lab: 0, supervised: 20, independent: 60 }, ...extra,
});
const plan = (lines: ComparableLine[], extra: Partial<ComparablePlan> = {}): ComparablePlan => ({ semesters: 8, attestationCredits: 0, attestation: [], lines, ...extra });

describe('comparing two versions of a plan', () => {
  it('names the disciplines added, removed and changed, field by field', () => {
    const a = plan([line('A'), line('B'), line('C')]);
    const b = plan([line('A'), line('C', { semester: 2, hours: { lecture: 30, practice: 10, lab: 0, supervised: 20, independent: 60 } }), line('D')], { attestationCredits: 6 });
    expect(diffPlans(a, b)).toEqual({
      added: ['D'],
      removed: ['B'],
      changed: [{ code: 'C', changes: [{ field: 'semester', from: 1, to: 2 }, { field: 'hours.lecture', from: 20, to: 30 }, { field: 'hours.practice', from: 20, to: 10 }] }],
      plan: [{ field: 'attestationCredits', from: 0, to: 6 }],
    });
  });

  it('names a line moved between Major and Minor', () => {
    expect(diffPlans(plan([line('A')]), plan([line('A', { track: 'minor' })])).changed).toEqual([{ code: 'A', changes: [{ field: 'track', from: 'major', to: 'minor' }] }]);
  });

  it('names the attestation forms added, removed and given other credits', () => {
    const a = plan([], { attestationCredits: 12, attestation: [{ form: 'stateExam', credits: 4 }, { form: 'thesisDefense', credits: 8 }] });
    const b = plan([], { attestationCredits: 12, attestation: [{ form: 'thesisDefense', credits: 6 }, { form: 'complexExam', credits: 6 }] });
    expect(diffPlans(a, b).plan).toEqual([
      { field: 'attestation.thesisDefense', from: 8, to: 6 },
      { field: 'attestation.complexExam', from: null, to: 6 },
      { field: 'attestation.stateExam', from: 4, to: null },
    ]);
    expect(diffPlans(a, a).plan).toEqual([]);
  });

  it('finds nothing between a plan and itself, and undoes itself when reversed', () => {
    const lines = fc.uniqueArray(fc.record({ code: fc.constantFrom('A', 'B', 'C', 'D', 'E'), semester: fc.integer({ min: 1, max: 8 }), credits: fc.integer({ min: 2, max: 8 }) }), { selector: (l) => l.code });
    fc.assert(
      fc.property(lines, lines, (x, y) => {
        const a = plan(x.map((l) => line(l.code, l)));
        const b = plan(y.map((l) => line(l.code, l)));
        expect(diffPlans(a, a)).toEqual({ added: [], removed: [], changed: [], plan: [] });
        const forward = diffPlans(a, b);
        const back = diffPlans(b, a);
        expect(back.added).toEqual(forward.removed);
        expect(back.removed).toEqual(forward.added);
        expect(back.changed.map((c) => c.code)).toEqual(forward.changed.map((c) => c.code));
      }),
    );
  });
});
