import { GRADED_LETTERS, isGradedLetter, type GradedLetter, type Letter } from '../gradebook.vocabulary.ts';

/**
 * The grading scale (DOMAIN.md §5, OshSU default): points → letter → grade point, and the
 * traditional 5-point mark shown beside it. The scale is data (the setting `gradebook.gradingScale`);
 * these rules take it as a parameter, the default when left out.
 */

export interface GradeBand {
  letter: GradedLetter;
  /** the band's lowest points, inclusive */
  minPoints: number;
  /** the band's highest points, inclusive (whole points) */
  maxPoints: number;
  gradePoint: number;
  /** отлично 5, хорошо 4, удовлетворительно 3, неудовлетворительно 2 */
  fivePoint: 2 | 3 | 4 | 5;
}

export type GradingScale = readonly GradeBand[];

export const DEFAULT_GRADING_SCALE: GradingScale = [
  { letter: 'A+', minPoints: 95, maxPoints: 100, gradePoint: 4, fivePoint: 5 },
  { letter: 'A', minPoints: 90, maxPoints: 94, gradePoint: 3.75, fivePoint: 5 },
  { letter: 'B+', minPoints: 85, maxPoints: 89, gradePoint: 3.5, fivePoint: 4 },
  { letter: 'B', minPoints: 80, maxPoints: 84, gradePoint: 3.25, fivePoint: 4 },
  { letter: 'C+', minPoints: 75, maxPoints: 79, gradePoint: 3, fivePoint: 4 },
  { letter: 'C', minPoints: 70, maxPoints: 74, gradePoint: 2.75, fivePoint: 3 },
  { letter: 'D+', minPoints: 65, maxPoints: 69, gradePoint: 2.5, fivePoint: 3 },
  { letter: 'D', minPoints: 61, maxPoints: 64, gradePoint: 2, fivePoint: 3 },
  { letter: 'FX', minPoints: 31, maxPoints: 60, gradePoint: 1, fivePoint: 2 },
  { letter: 'F', minPoints: 0, maxPoints: 30, gradePoint: 0, fivePoint: 2 },
];

export const MAX_POINTS = 100;

/**
 * What is wrong with a scale, if anything: it must list every letter once, best first, its bands
 * must tile 0…100 whole points without gap or overlap, and grade points must not rise as points fall.
 */
export function scaleProblems(scale: GradingScale): string[] {
  const problems: string[] = [];
  if (scale.map((b) => b.letter).join() !== GRADED_LETTERS.join()) problems.push('every letter A+ … F once, best first');
  let expectedMax = MAX_POINTS;
  scale.forEach((band, i) => {
    if (band.maxPoints !== expectedMax) problems.push(`${band.letter}: should end at ${expectedMax}`);
    if (band.minPoints > band.maxPoints) problems.push(`${band.letter}: empty band`);
    const better = scale[i - 1];
    if (better && (band.gradePoint > better.gradePoint || band.fivePoint > better.fivePoint)) problems.push(`${band.letter}: worth more than ${better.letter}`);
    expectedMax = band.minPoints - 1;
  });
  if (expectedMax !== -1) problems.push('the lowest band should start at 0');
  return problems;
}

function bandOf(letter: GradedLetter, scale: GradingScale): GradeBand {
  const band = scale.find((b) => b.letter === letter);
  if (!band) throw new RangeError(`the scale has no ${letter}`);
  return band;
}

/** The letter of a score 0…100 (a fractional score falls in the band whose lowest points it reaches). */
export function letterOf(points: number, scale: GradingScale = DEFAULT_GRADING_SCALE): GradedLetter {
  if (!Number.isFinite(points) || points < 0 || points > MAX_POINTS) throw new RangeError(`points out of 0…${MAX_POINTS}: ${points}`);
  const band = scale.find((b) => points >= b.minPoints);
  if (!band) throw new RangeError(`the scale does not cover ${points}`);
  return band.letter;
}

/** The grade point of a letter; null for a mark outside the GPA (I, W, X, absent, pass, fail). */
export function gradePointOf(letter: Letter, scale: GradingScale = DEFAULT_GRADING_SCALE): number | null {
  return isGradedLetter(letter) ? bandOf(letter, scale).gradePoint : null;
}

/** The traditional 5-point mark beside a letter; null for special marks and credits. */
export function fivePointOf(letter: Letter, scale: GradingScale = DEFAULT_GRADING_SCALE): 2 | 3 | 4 | 5 | null {
  return isGradedLetter(letter) ? bandOf(letter, scale).fivePoint : null;
}

/**
 * Whether a final mark passes the discipline (the prerequisite rule): a letter at least `minimum`
 * (D by default), or "pass" for a credit. FX, F, I, W, X, absent and "fail" never pass.
 */
export function isPassed(letter: Letter, minimum: GradedLetter = 'D'): boolean {
  if (letter === 'pass') return true;
  if (!isGradedLetter(letter) || letter === 'FX' || letter === 'F') return false;
  return GRADED_LETTERS.indexOf(letter) <= GRADED_LETTERS.indexOf(minimum);
}

/** The result that counts for each discipline: its newest attempt (a re-study is a new attempt). */
export function latestAttempts<T extends { disciplineId: string; attempt: number }>(results: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const result of results) {
    const seen = latest.get(result.disciplineId);
    if (!seen || result.attempt > seen.attempt) latest.set(result.disciplineId, result);
  }
  return [...latest.values()];
}

export type MarkProblem = 'missing' | 'pointsDisagree' | 'pointsOutOfRange';

/**
 * The letter and grade point a final result is recorded with: from the points when only they are
 * given, else the letter given (points, when also given for a graded letter, must agree with it).
 */
export function resolveMark(input: { points: number | null; letter: Letter | null }, scale: GradingScale = DEFAULT_GRADING_SCALE): { ok: true; letter: Letter; gradePoint: number | null } | { ok: false; problem: MarkProblem } {
  const { points, letter } = input;
  if (points !== null && (!Number.isFinite(points) || points < 0 || points > MAX_POINTS)) return { ok: false, problem: 'pointsOutOfRange' };
  if (letter === null) {
    if (points === null) return { ok: false, problem: 'missing' };
    const fromPoints = letterOf(points, scale);
    return { ok: true, letter: fromPoints, gradePoint: gradePointOf(fromPoints, scale) };
  }
  if (points !== null && isGradedLetter(letter) && letterOf(points, scale) !== letter) return { ok: false, problem: 'pointsDisagree' };
  return { ok: true, letter, gradePoint: gradePointOf(letter, scale) };
}

/** "2025-2026": an academic year is two consecutive calendar years. */
export function isAcademicYear(value: string): boolean {
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  return match !== null && Number(match[2]) === Number(match[1]) + 1;
}
