import { can } from '../../../shared/access/can.ts';
import type { FinalResultDto, StudentResultsDto } from '../../../shared/modules/gradebook/gradebook.contracts.ts';
import type { Letter, ResultSource, Term } from '../../../shared/modules/gradebook/gradebook.vocabulary.ts';
import { fivePointOf, isAcademicYear, isPassed, latestAttempts, resolveMark } from '../../../shared/modules/gradebook/rules/grading-scale.ts';
import { recordAudit, recordAuditMany } from '../../platform/audit/record-audit.ts';
import type { Executor } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { getSetting } from '../../platform/settings/settings.service.ts';
import { fullName } from '../identity/index.ts';
import { findStudentTarget } from '../students/index.ts';
import * as repo from './gradebook.repository.ts';

/** Final results (итоговые оценки): recorded by gradesheets, transfers and recognition; read by the student and those who guide them. */

export interface FinalResultInput {
  studentId: string;
  disciplineId: string;
  /** "2025-2026" */
  academicYear: string;
  term: Term;
  /** 0…100, or null (a special mark, a credit or a transferred letter without points) */
  points: number | null;
  /** the mark; null to take it from the points by the grading scale */
  letter: Letter | null;
  source: ResultSource;
}

export interface RecordedResult {
  id: string;
  studentId: string;
  disciplineId: string;
  letter: Letter;
  gradePoint: number | null;
  attempt: number;
}

/** Checks one input against the scale; answers the row's mark or throws the refusal naming the problem. */
function markOf(input: FinalResultInput, scale: Awaited<ReturnType<typeof getSetting<'gradebook.gradingScale'>>>, index: number) {
  if (!isAcademicYear(input.academicYear)) throw new AppError('FINAL_RESULT_INVALID', {}, { index, problem: 'academicYear' });
  if (input.points !== null && !Number.isInteger(input.points)) throw new AppError('FINAL_RESULT_INVALID', {}, { index, problem: 'pointsNotWhole' });
  const mark = resolveMark(input, scale);
  if (!mark.ok) throw new AppError('FINAL_RESULT_INVALID', {}, { index, problem: mark.problem });
  return mark;
}

/**
 * Records final results in the caller's transaction: each a new attempt of its student and discipline
 * (numbered under a per-student advisory lock), the letter and grade point by the current scale,
 * one audit row per student. The caller has checked who may record (a gradesheet's closing, say).
 */
export async function recordFinalResults(ctx: ServiceContext, tx: Executor, inputs: readonly FinalResultInput[]): Promise<RecordedResult[]> {
  const scale = await getSetting(tx, 'gradebook.gradingScale');
  const marks = inputs.map((input, index) => markOf(input, scale, index));
  const known = await repo.existingDisciplines(tx, [...new Set(inputs.map((i) => i.disciplineId))]);
  const unknown = inputs.find((i) => !known.has(i.disciplineId));
  if (unknown) throw new AppError('DISCIPLINE_NOT_FOUND');
  const recorded: RecordedResult[] = [];
  // locks in one order (by student id), so two batches never wait on each other in a circle
  for (const studentId of [...new Set(inputs.map((i) => i.studentId))].sort()) {
    if (!(await findStudentTarget(tx, studentId))) throw new AppError('STUDENT_NOT_FOUND');
    await repo.lockStudentResults(tx, studentId);
    const mine = inputs.map((input, index) => ({ input, mark: marks[index]! })).filter((x) => x.input.studentId === studentId);
    const attempts = await repo.lastAttempts(tx, studentId, [...new Set(mine.map((x) => x.input.disciplineId))]);
    const rows = mine.map(({ input, mark }) => {
      const attempt = (attempts.get(input.disciplineId) ?? 0) + 1;
      attempts.set(input.disciplineId, attempt);
      return { id: newId(), ...input, letter: mark.letter, gradePoint: mark.gradePoint === null ? null : mark.gradePoint.toFixed(2), attempt, recordedBy: ctx.actor.userId, recordedAt: ctx.now, createdAt: ctx.now };
    });
    const inserted = await repo.insertResults(tx, rows);
    await recordAudit(tx, ctx, { action: 'gradebook.result.record', entityType: 'studentResults', entityId: studentId, after: inserted });
    recorded.push(...inserted.map((r) => ({ id: r.id, studentId, disciplineId: r.disciplineId, letter: r.letter, gradePoint: r.gradePoint === null ? null : Number(r.gradePoint), attempt: r.attempt })));
  }
  return recorded;
}

/**
 * Records many students' final results at once (a history brought over from an earlier system, the
 * demo university): the same checks, attempt numbers and one audit row per student as
 * recordFinalResults, but one table lock instead of a lock per student (thousands of advisory locks
 * would outgrow the server's lock table) and set-based reads and writes.
 */
export async function recordFinalResultsInBulk(ctx: ServiceContext, tx: Executor, inputs: readonly FinalResultInput[]): Promise<number> {
  const scale = await getSetting(tx, 'gradebook.gradingScale');
  const marks = inputs.map((input, index) => markOf(input, scale, index));
  const known = await repo.existingDisciplines(tx, [...new Set(inputs.map((i) => i.disciplineId))]);
  if (inputs.some((i) => !known.has(i.disciplineId))) throw new AppError('DISCIPLINE_NOT_FOUND');
  const studentIds = [...new Set(inputs.map((i) => i.studentId))];
  if ((await repo.existingStudents(tx, studentIds)).size !== studentIds.length) throw new AppError('STUDENT_NOT_FOUND');
  // writers of results wait for the bulk (and it for them): attempt numbers stay one sequence per student and discipline
  await repo.lockResultsTable(tx);
  const attempts = await repo.lastAttemptsOf(tx, studentIds);
  const rows = inputs.map((input, index) => {
    const key = `${input.studentId}/${input.disciplineId}`;
    const attempt = (attempts.get(key) ?? 0) + 1;
    attempts.set(key, attempt);
    const mark = marks[index]!;
    return { id: newId(), ...input, letter: mark.letter, gradePoint: mark.gradePoint === null ? null : mark.gradePoint.toFixed(2), attempt, recordedBy: ctx.actor.userId, recordedAt: ctx.now, createdAt: ctx.now };
  });
  const inserted = await repo.insertResultsChunked(tx, rows);
  const byStudent = new Map<string, typeof inserted>();
  for (const row of inserted) byStudent.set(row.studentId, [...(byStudent.get(row.studentId) ?? []), row]);
  await recordAuditMany(
    tx,
    ctx,
    [...byStudent].map(([studentId, mine]) => ({ action: 'gradebook.result.record' as const, entityType: 'studentResults', entityId: studentId, after: mine })),
  );
  return inserted.length;
}

/** Records one final result (see recordFinalResults). */
export async function recordFinalResult(ctx: ServiceContext, tx: Executor, input: FinalResultInput): Promise<RecordedResult> {
  const [recorded] = await recordFinalResults(ctx, tx, [input]);
  if (!recorded) throw new Error('nothing recorded');
  return recorded;
}

/**
 * The disciplines a student has passed: those whose newest attempt is D or better, or a passed
 * credit — what registration checks prerequisites against. No access check (the caller's);
 * pass `{ db: tx }` to read inside the caller's transaction.
 */
export async function passedDisciplines(ctx: { db: Executor }, studentId: string): Promise<string[]> {
  return latestAttempts(await repo.resultLetters(ctx.db, studentId))
    .filter((r) => isPassed(r.letter))
    .map((r) => r.disciplineId)
    .sort();
}

const nameIn = (d: { nameRu: string; nameKy: string; nameEn: string }, lang: ServiceContext['lang']) => (lang === 'ky' ? d.nameKy : lang === 'en' ? d.nameEn : d.nameRu);

/** A student's final results, every attempt, for the student, their parent and the offices that guide them. */
export async function listStudentResults(ctx: ServiceContext, studentId: string): Promise<StudentResultsDto> {
  const found = await findStudentTarget(ctx.db, studentId);
  if (!found) throw new AppError('STUDENT_NOT_FOUND');
  if (!can(ctx.actor, 'gradebook.result.read', found.target)) throw new AppError('FORBIDDEN');
  const scale = await getSetting(ctx.db, 'gradebook.gradingScale');
  const rows = await repo.listResults(ctx.db, studentId);
  const latest = new Set(latestAttempts(rows.map((r) => r.result)).map((r) => r.id));
  const items: FinalResultDto[] = rows.map(({ result, discipline, recorder }) => ({
    id: result.id,
    disciplineId: result.disciplineId,
    disciplineCode: discipline.code,
    disciplineName: nameIn(discipline, ctx.lang),
    credits: discipline.credits,
    academicYear: result.academicYear,
    term: result.term,
    points: result.points,
    letter: result.letter,
    gradePoint: result.gradePoint === null ? null : Number(result.gradePoint),
    fivePoint: fivePointOf(result.letter, scale),
    attempt: result.attempt,
    isLatest: latest.has(result.id),
    isPassed: isPassed(result.letter),
    source: result.source,
    recordedBy: { userId: recorder.id, fullName: fullName(recorder) },
    recordedAt: result.recordedAt.toISOString(),
  }));
  const passed = items.filter((r) => r.isLatest && r.isPassed).map((r) => r.disciplineId).sort();
  return { studentId, items, passedDisciplineIds: passed };
}
