import type { ProgramLevel } from '../../students/students.vocabulary.ts';
import type { AttestationForm, Component, DisciplineKind, GroupKind, HourKind, Track } from '../curricula.vocabulary.ts';
import { prerequisiteFindings } from './prerequisites.ts';

/**
 * Validation of a study plan (DOMAIN.md §3, seed 003 §1.5.5, §3.4-3.5, §3.11, §12.2): hour arithmetic, whole
 * credits, Minor lines outside the state component, credit totals per level, year and semester,
 * elective groups, prerequisites and the forms of the final attestation. Pure:
 * the numbers come from settings, the plan from the caller; every finding says where and why.
 */

export interface PlanLine {
  /** the discipline's code, unique in the plan */
  code: string;
  kind: DisciplineKind;
  credits: number;
  hours: Record<HourKind, number>;
  /** the semester it is placed in (for an any-semester discipline: the recommended one), 1-based */
  semester: number;
  groupKind: GroupKind;
  /** for an elective line: the key of its group */
  electiveGroup?: string | null;
  /** midterm controls (РК) */
  midterms: number;
  /** the component (state, university, elective) and the program (Major, Minor) the line belongs to */
  component: Component;
  track: Track;
  /** codes of the disciplines that must be passed first */
  prerequisites: string[];
}

export interface ElectiveGroup {
  key: string;
  /** how many of the group's disciplines a student chooses */
  choose: number;
}

export interface PracticeLine {
  code: string;
  credits: number;
  semester: number;
}

export interface PlanToValidate {
  level: ProgramLevel;
  /** how many semesters the plan spans (8 for a four-year bachelor's) */
  semesters: number;
  lines: PlanLine[];
  electiveGroups: ElectiveGroup[];
  practices: PracticeLine[];
  /** credits of the final attestation (state exams, thesis), counted in the last semester */
  attestationCredits: number;
  /** the final attestation's forms with their credits (a plan saved with credits alone has none) */
  attestation: { form: AttestationForm; credits: number }[];
}

export interface PlanRules {
  hoursPerCredit: number;
  minCredits: number;
  /** total credits a program of each level must have, inclusive */
  levelCredits: Record<ProgramLevel, { min: number; max: number }>;
  /** credits of one full year of study, and how far a year may stray from it */
  yearCredits: number;
  yearTolerance: number;
  /** the credits a semester should hold (outside: a warning) */
  semesterCredits: { min: number; max: number };
  /** midterm controls: one for a discipline of at most this many credits, two above */
  singleMidtermMaxCredits: number;
}

export const FINDING_CODES = [
  'DUPLICATE_CODE',
  'SEMESTER_OUT_OF_PLAN',
  'CREDITS_NOT_WHOLE',
  'CREDITS_BELOW_MIN',
  'HOURS_MISMATCH',
  'MIDTERMS_MISMATCH',
  'MINOR_IN_STATE_COMPONENT',
  'ELECTIVE_GROUP_UNKNOWN',
  'ELECTIVE_GROUP_CHOICE',
  'ELECTIVE_GROUP_CREDITS_DIFFER',
  'ELECTIVE_GROUP_SEMESTERS_DIFFER',
  'LEVEL_TOTAL',
  'YEAR_TOTAL',
  'SEMESTER_TOTAL',
  'PREREQUISITE_UNKNOWN',
  'PREREQUISITE_NOT_BEFORE',
  'PREREQUISITE_CYCLE',
  'ATTESTATION_FORM_MISSING',
  'ATTESTATION_FORM_REPEATED',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface Finding {
  code: FindingCode;
  /** an error stops approval; a warning is shown and may be accepted */
  severity: 'error' | 'warning';
  /** where: a discipline, an elective group, a semester or a year */
  where: { discipline?: string; group?: string; semester?: number; year?: number };
  params: Record<string, string | number>;
}

const EXEMPT: ReadonlySet<DisciplineKind> = new Set(['physicalEducation', 'militaryTraining', 'individualLessons']);

/** The components a Minor line may belong to. */
const MINOR_COMPONENTS: ReadonlySet<Component> = new Set(['university', 'elective']);

const error = (code: FindingCode, where: Finding['where'], params: Finding['params'] = {}): Finding => ({ code, severity: 'error', where, params });

/** The hours of a line, all kinds together. */
export const totalHours = (hours: Record<HourKind, number>): number => Object.values(hours).reduce((sum, h) => sum + h, 0);

/** Findings about a discipline's own numbers (in the catalog or a plan): whole credits, the minimum, hours that add up. */
export function disciplineFindings(d: Pick<PlanLine, 'code' | 'kind' | 'credits' | 'hours'>, rules: Pick<PlanRules, 'hoursPerCredit' | 'minCredits'>): Finding[] {
  const where = { discipline: d.code };
  const out: Finding[] = [];
  if (!Number.isInteger(d.credits)) out.push(error('CREDITS_NOT_WHOLE', where, { credits: d.credits }));
  else if (d.credits < rules.minCredits && !EXEMPT.has(d.kind)) out.push(error('CREDITS_BELOW_MIN', where, { credits: d.credits, min: rules.minCredits }));
  const expected = d.credits * rules.hoursPerCredit;
  if (totalHours(d.hours) !== expected) out.push(error('HOURS_MISMATCH', where, { hours: totalHours(d.hours), expected, credits: d.credits, hoursPerCredit: rules.hoursPerCredit }));
  return out;
}

/** Findings about one line on its own: its semester, credits, hours and midterms. */
function lineFindings(line: PlanLine, plan: PlanToValidate, rules: PlanRules): Finding[] {
  const where = { discipline: line.code };
  const out: Finding[] = [];
  if (!Number.isInteger(line.semester) || line.semester < 1 || line.semester > plan.semesters) out.push(error('SEMESTER_OUT_OF_PLAN', where, { semester: line.semester, semesters: plan.semesters }));
  out.push(...disciplineFindings(line, rules));
  const midterms = line.credits <= rules.singleMidtermMaxCredits ? 1 : 2;
  if (line.midterms !== midterms) out.push(error('MIDTERMS_MISMATCH', where, { midterms: line.midterms, expected: midterms, credits: line.credits }));
  // a Minor is chosen within the university and elective components only (seed 003 §1.5.5)
  if (line.track === 'minor' && !MINOR_COMPONENTS.has(line.component)) out.push(error('MINOR_IN_STATE_COMPONENT', where, { component: line.component }));
  return out;
}

/** Findings about the elective groups: each is known, chooses 1..M, and its disciplines are alike in credits and semester. */
function electiveFindings(plan: PlanToValidate): Finding[] {
  const out: Finding[] = [];
  const groups = new Map(plan.electiveGroups.map((g) => [g.key, g]));
  const members = new Map<string, PlanLine[]>();
  for (const line of plan.lines.filter((l) => l.groupKind === 'elective')) {
    const key = line.electiveGroup ?? '';
    if (!groups.has(key)) out.push(error('ELECTIVE_GROUP_UNKNOWN', { discipline: line.code }, { group: key }));
    else members.set(key, [...(members.get(key) ?? []), line]);
  }
  for (const group of plan.electiveGroups) {
    const lines = members.get(group.key) ?? [];
    const where = { group: group.key };
    // a real choice: at least one, and fewer than the group offers
    if (!Number.isInteger(group.choose) || group.choose < 1 || group.choose >= lines.length) {
      out.push(error('ELECTIVE_GROUP_CHOICE', where, { choose: group.choose, of: lines.length }));
    }
    if (new Set(lines.map((l) => l.credits)).size > 1) out.push(error('ELECTIVE_GROUP_CREDITS_DIFFER', where, { credits: [...new Set(lines.map((l) => l.credits))].join(', ') }));
    if (new Set(lines.map((l) => l.semester)).size > 1) out.push(error('ELECTIVE_GROUP_SEMESTERS_DIFFER', where, { semesters: [...new Set(lines.map((l) => l.semester))].join(', ') }));
  }
  return out;
}

/**
 * The credits a student earns in each semester of the plan: mandatory lines where they are placed,
 * N disciplines' worth of each elective group in its semester, practices, and the final attestation
 * in the last semester. Index 0 is semester 1.
 */
export function semesterCredits(plan: PlanToValidate): number[] {
  const totals = Array.from({ length: Math.max(0, plan.semesters) }, () => 0);
  const add = (semester: number, credits: number) => {
    if (semester >= 1 && semester <= totals.length) totals[semester - 1]! += credits;
  };
  for (const line of plan.lines) if (line.groupKind !== 'elective') add(line.semester, line.credits);
  for (const group of plan.electiveGroups) {
    const first = plan.lines.find((l) => l.groupKind === 'elective' && l.electiveGroup === group.key);
    if (first) add(first.semester, first.credits * group.choose);
  }
  for (const practice of plan.practices) add(practice.semester, practice.credits);
  add(plan.semesters, plan.attestationCredits);
  return totals;
}

/**
 * The Minor share of each semester's credits (seed 003 §1.5.5): the Minor lines, and the elective groups all of
 * whose lines are Minor (N disciplines' worth each); the rest of `semesterCredits` is the Major's. Index 0 is semester 1.
 */
export function minorCredits(plan: PlanToValidate): number[] {
  const isMinor = (l: PlanLine) => l.track === 'minor';
  const groups = plan.electiveGroups.filter((g) => {
    const lines = plan.lines.filter((l) => l.groupKind === 'elective' && l.electiveGroup === g.key);
    return lines.length > 0 && lines.every(isMinor);
  });
  return semesterCredits({ ...plan, lines: plan.lines.filter(isMinor), electiveGroups: groups, practices: [], attestationCredits: 0, attestation: [] });
}

/**
 * The form the final attestation of a level cannot do without (seed 003 §12.2): a bachelor defends the graduation
 * thesis (ВКР), a master the dissertation. Other levels are not checked.
 */
export const REQUIRED_ATTESTATION_FORM: Partial<Record<ProgramLevel, AttestationForm>> = { bachelor: 'thesisDefense', master: 'dissertationDefense' };

/** Findings about the final attestation, in the last semester: each form once, and the form the level needs when it has credits. */
function attestationFindings(plan: PlanToValidate): Finding[] {
  const where = { semester: plan.semesters };
  const out: Finding[] = [];
  const seen = new Set<AttestationForm>();
  for (const part of plan.attestation) {
    if (seen.has(part.form)) out.push(error('ATTESTATION_FORM_REPEATED', where, { form: part.form }));
    seen.add(part.form);
  }
  const needed = REQUIRED_ATTESTATION_FORM[plan.level];
  if (needed && plan.attestationCredits > 0 && !seen.has(needed)) out.push(error('ATTESTATION_FORM_MISSING', where, { form: needed, level: plan.level }));
  return out;
}

/** Findings about the totals: the program's level, each year (two semesters) and each semester. */
function totalFindings(plan: PlanToValidate, rules: PlanRules): Finding[] {
  const out: Finding[] = [];
  const bySemester = semesterCredits(plan);
  const total = bySemester.reduce((sum, c) => sum + c, 0);
  const level = rules.levelCredits[plan.level];
  if (total < level.min || total > level.max) out.push(error('LEVEL_TOTAL', {}, { total, min: level.min, max: level.max, level: plan.level }));
  for (let year = 1; year <= Math.ceil(bySemester.length / 2); year++) {
    const semestersOfYear = bySemester.slice((year - 1) * 2, year * 2);
    const credits = semestersOfYear.reduce((sum, c) => sum + c, 0);
    // a last year of a single semester (a 1.5-year master's) is held to half a year
    const expected = (rules.yearCredits * semestersOfYear.length) / 2;
    if (Math.abs(credits - expected) > rules.yearTolerance) out.push(error('YEAR_TOTAL', { year }, { credits, expected, tolerance: rules.yearTolerance }));
  }
  bySemester.forEach((credits, i) => {
    if (credits < rules.semesterCredits.min || credits > rules.semesterCredits.max) {
      out.push({ code: 'SEMESTER_TOTAL', severity: 'warning', where: { semester: i + 1 }, params: { credits, min: rules.semesterCredits.min, max: rules.semesterCredits.max } });
    }
  });
  return out;
}

/** Every finding about a plan, errors and warnings, in the order a department would fix them. */
export function validatePlan(plan: PlanToValidate, rules: PlanRules): Finding[] {
  const seen = new Set<string>();
  const duplicates: Finding[] = [];
  for (const line of plan.lines) {
    if (seen.has(line.code)) duplicates.push(error('DUPLICATE_CODE', { discipline: line.code }));
    seen.add(line.code);
  }
  return [
    ...duplicates,
    ...plan.lines.flatMap((line) => lineFindings(line, plan, rules)),
    ...electiveFindings(plan),
    ...totalFindings(plan, rules),
    ...attestationFindings(plan),
    ...prerequisiteFindings(plan.lines),
  ];
}

/** True when nothing stops the plan's approval (warnings may remain). */
export const isApprovable = (findings: Finding[]): boolean => findings.every((f) => f.severity !== 'error');
