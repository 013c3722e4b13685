import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRADED_LETTERS, LETTERS, type GradedLetter } from '../gradebook.vocabulary.ts';
import { DEFAULT_GRADING_SCALE, fivePointOf, gradePointOf, isAcademicYear, isPassed, latestAttempts, letterOf, resolveMark, scaleProblems, type GradingScale } from './grading-scale.ts';

const rank = (letter: GradedLetter) => GRADED_LETTERS.indexOf(letter);

/** A valid scale with random cut points: ten bands tiling 0…100, grade points falling. */
const scaleArb: fc.Arbitrary<GradingScale> = fc.uniqueArray(fc.integer({ min: 1, max: 100 }), { minLength: 9, maxLength: 9 }).map((cuts) => {
  const mins = [...cuts].sort((a, b) => b - a).concat(0);
  return GRADED_LETTERS.map((letter, i) => ({ letter, minPoints: mins[i]!, maxPoints: i === 0 ? 100 : mins[i - 1]! - 1, gradePoint: (9 - i) / 2.25, fivePoint: i < 2 ? 5 : i < 5 ? 4 : i < 8 ? 3 : 2 }));
});

describe('the grading scale (DOMAIN.md §5)', () => {
  it.each([
    [100, 'A+', 4, 5], [95, 'A+', 4, 5], [94, 'A', 3.75, 5], [90, 'A', 3.75, 5], [89, 'B+', 3.5, 4], [85, 'B+', 3.5, 4],
    [84, 'B', 3.25, 4], [80, 'B', 3.25, 4], [79, 'C+', 3, 4], [75, 'C+', 3, 4], [74, 'C', 2.75, 3], [70, 'C', 2.75, 3],
    [69, 'D+', 2.5, 3], [65, 'D+', 2.5, 3], [64, 'D', 2, 3], [61, 'D', 2, 3], [60, 'FX', 1, 2], [31, 'FX', 1, 2], [30, 'F', 0, 2], [0, 'F', 0, 2],
  ] as const)('%i points are %s, grade point %d, %i on the 5-point scale', (points, letter, gradePoint, five) => {
    expect(letterOf(points)).toBe(letter);
    expect(gradePointOf(letter)).toBe(gradePoint);
    expect(fivePointOf(letter)).toBe(five);
  });

  it('is a valid scale, and finds what is wrong with a broken one', () => {
    expect(scaleProblems(DEFAULT_GRADING_SCALE)).toEqual([]);
    const gap = DEFAULT_GRADING_SCALE.map((b) => (b.letter === 'D' ? { ...b, minPoints: 62 } : b));
    expect(scaleProblems(gap)).toEqual(['FX: should end at 61']);
    const swapped = DEFAULT_GRADING_SCALE.map((b) => (b.letter === 'B' ? { ...b, gradePoint: 3.6 } : b));
    expect(scaleProblems(swapped)).toEqual(['B: worth more than B+']);
    expect(scaleProblems(DEFAULT_GRADING_SCALE.slice(1))).toContain('every letter A+ … F once, best first');
  });

  it('refuses points outside 0…100', () => {
    for (const points of [-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => letterOf(points)).toThrow(RangeError);
  });

  it('gives every score 0…100 exactly one letter, on any valid scale (property)', () => {
    fc.assert(
      fc.property(scaleArb, fc.integer({ min: 0, max: 100 }), (scale, points) => {
        expect(scaleProblems(scale)).toEqual([]);
        expect(scale.filter((b) => b.minPoints <= points && points <= b.maxPoints)).toHaveLength(1);
        const band = scale.find((b) => b.minPoints <= points && points <= b.maxPoints)!;
        expect(letterOf(points, scale)).toBe(band.letter);
      }),
    );
  });

  it('is monotonic: more points never give a worse letter or a smaller grade point (property)', () => {
    fc.assert(
      fc.property(scaleArb, fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (scale, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank(letterOf(high, scale))).toBeLessThanOrEqual(rank(letterOf(low, scale)));
        expect(gradePointOf(letterOf(high, scale), scale)!).toBeGreaterThanOrEqual(gradePointOf(letterOf(low, scale), scale)!);
      }),
    );
  });

  it('keeps special marks and credits out of the GPA', () => {
    for (const mark of ['I', 'W', 'X', 'absent', 'pass', 'fail'] as const) {
      expect(gradePointOf(mark)).toBeNull();
      expect(fivePointOf(mark)).toBeNull();
    }
  });
});

describe('passing (the prerequisite rule: D or better, or a passed credit)', () => {
  it.each([
    ['A+', true], ['B', true], ['C+', true], ['D+', true], ['D', true], ['FX', false], ['F', false],
    ['I', false], ['W', false], ['X', false], ['absent', false], ['pass', true], ['fail', false],
  ] as const)('%s passes: %s', (letter, passes) => expect(isPassed(letter)).toBe(passes));

  it('takes a stricter minimum', () => {
    expect(isPassed('D', 'C')).toBe(false);
    expect(isPassed('C', 'C')).toBe(true);
    expect(isPassed('pass', 'A')).toBe(true);
    expect(isPassed('FX', 'FX')).toBe(false);
  });

  it('agrees with points: a score passes with D as minimum exactly from 61 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (points) => {
        expect(isPassed(letterOf(points))).toBe(points >= 61);
      }),
    );
  });

  it('passes every letter at least as good as a passing one (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...GRADED_LETTERS), fc.constantFrom(...GRADED_LETTERS), (a, b) => {
        if (isPassed(a) && rank(b) <= rank(a)) expect(isPassed(b)).toBe(true);
      }),
    );
  });
});

describe('the newest attempt counts', () => {
  it('keeps, per discipline, the result of the highest attempt whatever the order', () => {
    const results = [
      { disciplineId: 'math', attempt: 1, letter: 'F' },
      { disciplineId: 'hist', attempt: 1, letter: 'B' },
      { disciplineId: 'math', attempt: 3, letter: 'C' },
      { disciplineId: 'math', attempt: 2, letter: 'FX' },
    ];
    expect(latestAttempts(results).sort((a, b) => a.disciplineId.localeCompare(b.disciplineId))).toEqual([
      { disciplineId: 'hist', attempt: 1, letter: 'B' },
      { disciplineId: 'math', attempt: 3, letter: 'C' },
    ]);
  });

  it('answers one result per discipline, the highest attempt (property)', () => {
    const result = fc.record({ disciplineId: fc.constantFrom('a', 'b', 'c'), attempt: fc.integer({ min: 1, max: 5 }), letter: fc.constantFrom(...LETTERS) });
    fc.assert(
      fc.property(fc.uniqueArray(result, { selector: (r) => `${r.disciplineId}/${r.attempt}` }), (results) => {
        const latest = latestAttempts(results);
        expect(latest.map((r) => r.disciplineId).sort()).toEqual([...new Set(results.map((r) => r.disciplineId))].sort());
        for (const r of latest) expect(r.attempt).toBe(Math.max(...results.filter((x) => x.disciplineId === r.disciplineId).map((x) => x.attempt)));
      }),
    );
  });
});

describe('resolving the mark a result is recorded with', () => {
  it.each([
    [{ points: 87, letter: null }, { ok: true, letter: 'B+', gradePoint: 3.5 }],
    [{ points: 87, letter: 'B+' }, { ok: true, letter: 'B+', gradePoint: 3.5 }],
    [{ points: 87, letter: 'A' }, { ok: false, problem: 'pointsDisagree' }],
    [{ points: null, letter: 'A' }, { ok: true, letter: 'A', gradePoint: 3.75 }],
    [{ points: 45, letter: 'I' }, { ok: true, letter: 'I', gradePoint: null }],
    [{ points: null, letter: 'absent' }, { ok: true, letter: 'absent', gradePoint: null }],
    [{ points: null, letter: 'pass' }, { ok: true, letter: 'pass', gradePoint: null }],
    [{ points: null, letter: null }, { ok: false, problem: 'missing' }],
    [{ points: 101, letter: null }, { ok: false, problem: 'pointsOutOfRange' }],
  ] as const)('%o → %o', (input, expected) => expect(resolveMark(input)).toEqual(expected));
});

describe('academic years', () => {
  it.each([['2025-2026', true], ['2025-2027', false], ['2025/2026', false], ['25-26', false]] as const)('%s: %s', (value, valid) => expect(isAcademicYear(value)).toBe(valid));
});
