import type { Lang } from '../../../shared/i18n/languages.ts';
import type { IndividualElectiveGroupDto, IndividualPlanDto, IndividualPlanLineDto, IndividualPlanSummaryDto } from '../../../shared/modules/curricula/curricula.individual.contracts.ts';
import { semestersOfCourse, termOfSemester } from '../../../shared/modules/curricula/rules/individual-plan.ts';
import { semesterCredits } from '../../../shared/modules/curricula/rules/plan-validation.ts';
import { readAll, type Executor } from '../../platform/db/client.ts';
import { translate } from '../../platform/i18n/translate.ts';
import * as repo from './curricula.individual.repository.ts';

/** An individual plan as its readers see it: lines, the year's elective groups still to choose, credits by semester, every step. */

type Found = NonNullable<Awaited<ReturnType<typeof repo.findIndividualPlan>>>;
type Content = Awaited<ReturnType<typeof repo.workingPlanContent>>;
type Names = { nameRu: string; nameKy: string; nameEn: string };

export const pickName = (lang: Lang, n: Names) => ({ ru: n.nameRu, ky: n.nameKy, en: n.nameEn })[lang];

export function summaryOf(found: Found, credits: number, lang: Lang): IndividualPlanSummaryDto {
  const { plan, workingPlan, program } = found;
  return {
    id: plan.id, studentId: plan.studentId, academicYear: plan.academicYear, course: plan.course, programId: program.id, programCode: program.code, programName: pickName(lang, program),
    workingPlanId: workingPlan.id, admissionYear: workingPlan.admissionYear ?? 0, workingPlanVersion: workingPlan.version, status: plan.status, credits, createdAt: plan.createdAt.toISOString(),
  };
}

/** The semester credits of the working plan, as validation counts them (N disciplines' worth per elective group); the level and hours play no part. */
export function planSemesterCredits(semesters: number, attestationCredits: number, content: Content): number[] {
  return semesterCredits({
    level: 'bachelor', semesters, attestationCredits, attestation: [], electiveGroups: content.groups,
    practices: content.practices.map((p) => ({ code: p.kind, credits: p.credits, semester: p.semester })),
    lines: content.lines.map(({ line, code }) => ({ code, kind: 'regular', credits: line.credits, hours: { lecture: 0, practice: 0, lab: 0, supervised: 0, independent: 0 }, semester: line.semester, groupKind: line.groupKind, electiveGroup: line.electiveGroup, component: line.component, track: line.track, midterms: line.midterms, prerequisites: [] })),
  });
}

type LineRow = Awaited<ReturnType<typeof repo.individualLines>>[number];

/** A discipline's name in the reader's language; a practice and the final attestation by their kind. */
function lineName(lang: Lang, row: LineRow): string {
  if (row.nameRu !== null && row.nameKy !== null && row.nameEn !== null) return pickName(lang, { nameRu: row.nameRu, nameKy: row.nameKy, nameEn: row.nameEn });
  if (row.line.source === 'practice') return translate(lang, `curricula:practiceKind.${row.practiceKind ?? 'educational'}`);
  return translate(lang, 'curricula:individual.attestation');
}

function lineDto(lang: Lang, row: LineRow): IndividualPlanLineDto {
  const { line } = row;
  return {
    id: line.id, source: line.source, kind: line.kind, semester: line.semester, term: line.term, disciplineId: line.disciplineId,
    code: row.code ?? (line.source === 'practice' ? (row.practiceKind ?? 'practice') : 'attestation'), name: lineName(lang, row),
    practiceKind: row.practiceKind ?? null, groupKind: line.groupKind, electiveGroup: line.electiveGroup, credits: line.credits, controlForm: line.controlForm,
  };
}

function electiveGroups(lang: Lang, content: Content, yearSemesters: number[], lines: IndividualPlanLineDto[]): IndividualElectiveGroupDto[] {
  return content.groups.flatMap((group) => {
    const members = content.lines.filter(({ line }) => line.groupKind === 'elective' && line.electiveGroup === group.key);
    const first = members[0];
    if (!first || !yearSemesters.includes(first.line.semester)) return [];
    const chosen = new Set(lines.filter((l) => l.kind === 'elective' && l.electiveGroup === group.key).map((l) => l.disciplineId));
    return [{
      key: group.key, semester: first.line.semester, term: termOfSemester(first.line.semester), choose: group.choose, chosen: chosen.size, credits: first.line.credits,
      options: members.map(({ line, code, languages, ...names }) => ({ disciplineId: line.disciplineId, planLineId: line.id, code, name: pickName(lang, names), credits: line.credits, languages, isChosen: chosen.has(line.disciplineId) })),
    }];
  });
}

/** The whole DTO of a plan found by `repo.findIndividualPlan`. */
export async function individualPlanDto(db: Executor, lang: Lang, found: Found, student: { lastName: string; firstName: string; patronymic: string | null }): Promise<IndividualPlanDto> {
  const [rows, history, workingPlan, content] = await readAll(db, [
    () => repo.individualLines(db, found.plan.id),
    () => repo.statusHistory(db, found.plan.id),
    () => repo.findWorkingPlan(db, found.plan.workingPlanId),
    () => repo.workingPlanContent(db, found.plan.workingPlanId),
  ] as const);
  const lines = rows.map((row) => lineDto(lang, row));
  const yearSemesters = semestersOfCourse(found.plan.course, workingPlan?.semesters ?? 0);
  const groups = electiveGroups(lang, content, yearSemesters, lines);
  const bySemester = planSemesterCredits(workingPlan?.semesters ?? 0, workingPlan?.attestationCredits ?? 0, content);
  const semesters = yearSemesters.map((semester) => ({
    semester, term: termOfSemester(semester), planCredits: bySemester[semester - 1] ?? 0,
    credits: lines.filter((l) => l.semester === semester).reduce((sum, l) => sum + l.credits, 0),
    toChoose: groups.filter((g) => g.semester === semester).reduce((sum, g) => sum + Math.max(0, g.choose - g.chosen) * g.credits, 0),
  }));
  const { plan } = found;
  const names = await repo.userNames(db, [plan.submittedBy, plan.advisorApprovedBy, plan.deanApprovedBy, plan.registrarAcceptedBy].filter((id): id is string => id !== null));
  const step = (at: Date | null, by: string | null) => (at ? { at: at.toISOString(), byName: by ? (names.get(by) ?? null) : null } : null);
  const credits = lines.reduce((sum, l) => sum + l.credits, 0);
  return {
    ...summaryOf(found, credits, lang),
    studentName: [student.lastName, student.firstName, student.patronymic].filter(Boolean).join(' '),
    lines, electiveGroups: groups, semesters,
    planCredits: semesters.reduce((sum, s) => sum + s.planCredits, 0),
    toChoose: semesters.reduce((sum, s) => sum + s.toChoose, 0),
    submitted: step(plan.submittedAt, plan.submittedBy),
    advisorApproved: step(plan.advisorApprovedAt, plan.advisorApprovedBy),
    deanApproved: step(plan.deanApprovedAt, plan.deanApprovedBy),
    registrarAccepted: step(plan.registrarAcceptedAt, plan.registrarAcceptedBy),
    revision: plan.revision,
    needsDeanApproval: plan.needsDeanApproval,
    history: history.map(({ change, lastName, firstName }) => ({ from: change.fromStatus, to: change.toStatus, at: change.changedAt.toISOString(), byName: lastName ? `${lastName} ${firstName ?? ''}`.trim() : null, note: change.note })),
  };
}
