import type { PlanContentBody, PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import type { AttestationForm, Component, Cycle, GroupKind, PracticeKind, Track } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { minorCredits, semesterCredits, type PlanToValidate } from '../../../../shared/modules/curricula/rules/plan-validation.ts';
import type { WeeklyHours } from '../../../../shared/modules/curricula/rules/weekly-hours.ts';

/** A plan's content as the editor holds it before saving (PUT content), and the edits on it. Pure. */

export interface DraftLine {
  disciplineId: string;
  code: string;
  name: string;
  credits: number;
  semester: number;
  groupKind: GroupKind;
  electiveGroup: string | null;
  cycle: Cycle;
  component: Component;
  /** Major or Minor */
  track: Track;
  /** classroom and supervised hours a week (over the plan's teaching weeks) */
  weeklyHours: WeeklyHours;
  /** midterm controls; null: the server's default (one up to 2 credits, two above) */
  midterms: number | null;
}

export interface DraftPractice {
  kind: PracticeKind;
  credits: number;
  semester: number;
}

export interface DraftAttestationPart {
  form: AttestationForm;
  credits: number;
}

export interface PlanDraft {
  semesters: number;
  /** the final attestation's credits: the sum of its forms' (or, while the plan names no form, as saved without them) */
  attestationCredits: number;
  /** the final attestation's forms with their credits */
  attestation: DraftAttestationPart[];
  lines: DraftLine[];
  electiveGroups: { key: string; choose: number }[];
  practices: DraftPractice[];
}

export function draftOf(plan: PlanDto): PlanDraft {
  return {
    semesters: plan.semesters,
    attestationCredits: plan.attestationCredits,
    attestation: plan.attestation.map((a) => ({ ...a })),
    lines: plan.lines.map((l) => ({ disciplineId: l.disciplineId, code: l.code, name: l.name, credits: l.credits, semester: l.semester, groupKind: l.groupKind, electiveGroup: l.electiveGroup, cycle: l.cycle, component: l.component, track: l.track, weeklyHours: l.weeklyHours, midterms: l.midterms })),
    electiveGroups: plan.electiveGroups.map((g) => ({ ...g })),
    practices: plan.practices.map((p) => ({ ...p })),
  };
}

export function contentOf(draft: PlanDraft): PlanContentBody {
  return {
    semesters: draft.semesters,
    // the forms are the content; a plan that names none yet keeps its credits alone
    ...(draft.attestation.length ? { attestation: draft.attestation, attestationCredits: draft.attestationCredits } : { attestationCredits: draft.attestationCredits }),
    lines: draft.lines.map((l) => ({
      disciplineId: l.disciplineId,
      semester: l.semester,
      groupKind: l.groupKind,
      electiveGroup: l.groupKind === 'elective' ? l.electiveGroup : null,
      cycle: l.cycle,
      component: l.component,
      track: l.track,
      ...(l.midterms === null ? {} : { midterms: l.midterms }),
    })),
    electiveGroups: draft.electiveGroups,
    practices: draft.practices,
  };
}

export function sameContent(a: PlanDraft, b: PlanDraft): boolean {
  return JSON.stringify(contentOf(a)) === JSON.stringify(contentOf(b));
}

/**
 * The attestation's forms replaced, its credits their sum; the first form added to a plan that had credits
 * without forms takes those credits.
 */
export function setAttestation(draft: PlanDraft, attestation: DraftAttestationPart[]): PlanDraft {
  const parts = draft.attestation.length === 0 && attestation.length === 1 && attestation[0]!.credits === 0 ? [{ ...attestation[0]!, credits: draft.attestationCredits }] : attestation;
  return { ...draft, attestation: parts, attestationCredits: parts.reduce((sum, a) => sum + a.credits, 0) };
}

/** Adds a line, or replaces the line of the same discipline. */
export function putLine(draft: PlanDraft, line: DraftLine): PlanDraft {
  const at = draft.lines.findIndex((l) => l.disciplineId === line.disciplineId);
  const lines = at < 0 ? [...draft.lines, line] : draft.lines.map((l, i) => (i === at ? line : l));
  return { ...draft, lines };
}

export function removeLine(draft: PlanDraft, disciplineId: string): PlanDraft {
  return { ...draft, lines: draft.lines.filter((l) => l.disciplineId !== disciplineId) };
}

/** Moves a line `by` semesters (−1 earlier, +1 later), within the plan. */
export function moveLine(draft: PlanDraft, disciplineId: string, by: number): PlanDraft {
  return { ...draft, lines: draft.lines.map((l) => (l.disciplineId === disciplineId ? { ...l, semester: Math.min(draft.semesters, Math.max(1, l.semester + by)) } : l)) };
}

function toValidate(draft: PlanDraft): PlanToValidate {
  return {
    level: 'bachelor',
    semesters: draft.semesters,
    lines: draft.lines.map((l) => ({ code: l.code, kind: 'regular', credits: l.credits, hours: { lecture: 0, practice: 0, lab: 0, supervised: 0, independent: 0 }, semester: l.semester, groupKind: l.groupKind, electiveGroup: l.electiveGroup, midterms: 0, component: l.component, track: l.track, prerequisites: [] })),
    electiveGroups: draft.electiveGroups,
    practices: draft.practices.map((p) => ({ code: p.kind, credits: p.credits, semester: p.semester })),
    attestationCredits: draft.attestationCredits,
    attestation: draft.attestation,
  };
}

/** The credits a student earns each semester, as the server counts them (index 0: semester 1). */
export const creditsBySemester = (draft: PlanDraft): number[] => semesterCredits(toValidate(draft));

/** The Minor share of each semester's credits (the rest is the Major's). */
export const minorBySemester = (draft: PlanDraft): number[] => minorCredits(toValidate(draft));

/** Years of study: the credits of each pair of semesters. */
export function creditsByYear(bySemester: number[]): number[] {
  return Array.from({ length: Math.ceil(bySemester.length / 2) }, (_, y) => (bySemester[y * 2] ?? 0) + (bySemester[y * 2 + 1] ?? 0));
}
