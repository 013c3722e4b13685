import type { PlanContentBody, PlanImportResultDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { Problems, readLines, readWorkbook } from './curricula.plans.import.file.ts';
import { readSections } from './curricula.plans.import.sections.ts';
import { checkDraft, savePlanContent } from './curricula.plans.service.ts';
import { label } from './curricula.plans.sheet.ts';
import * as catalog from './curricula.repository.ts';

/**
 * Import of a draft plan's content from the workbook its export writes (headers in ru, ky or en).
 * Every row is checked first; one error and nothing is saved (422, every error in `details`).
 * A clean file replaces the content through savePlanContent — audited, validated as a PUT — or,
 * as a dry run, is saved and rolled back to report the findings the plan would have.
 */

export interface PlanImportRequest {
  bytes: Uint8Array;
  dryRun: boolean;
}

const MAX_LINES = 400;

/** The file as the content of a plan, or the refusals of its rows. */
async function contentOf(ctx: ServiceContext, bytes: Uint8Array): Promise<{ content?: PlanContentBody; lines: number; problems: Problems }> {
  const problems = new Problems(ctx.lang);
  const sheets = await readWorkbook(bytes);
  if (!sheets) {
    problems.add({ row: 0 }, 'PLAN_IMPORT_FILE_UNREADABLE');
    return { lines: 0, problems };
  }
  const table = readLines(sheets, problems);
  if (!table) return { lines: 0, problems };
  const sections = readSections(sheets.filter((s) => s !== table.sheet), table.semesters, problems);
  if (table.count > MAX_LINES) problems.add({ row: table.headerRow, sheet: table.sheet.name, column: label(ctx.lang, 'sheet.plan') }, 'PLAN_IMPORT_TOO_MANY', { max: MAX_LINES });
  const found = new Map((await catalog.findDisciplinesByCodes(ctx.db, table.lines.map((l) => l.code))).map((d) => [d.code, d]));
  const lines: PlanContentBody['lines'] = [];
  for (const line of table.lines) {
    const at = { row: line.row, sheet: table.sheet.name };
    const discipline = found.get(line.code);
    if (!discipline) {
      problems.add({ ...at, column: label(ctx.lang, 'column.code') }, 'PLAN_IMPORT_DISCIPLINE_UNKNOWN', { value: line.code });
      continue;
    }
    // the numbers come from the catalog: a file that states others is told so, once per differing number
    const differing = new Map(line.stated.filter((s) => s.credits !== discipline.credits).map((s) => [s.credits, s.column]));
    for (const [credits, column] of differing) problems.add({ ...at, column }, 'PLAN_IMPORT_CREDITS_DIFFER', { value: line.code, file: credits, catalog: discipline.credits });
    lines.push({ disciplineId: discipline.id, semester: line.semester, groupKind: line.groupKind, electiveGroup: line.groupKind === 'elective' ? line.electiveGroup : null, cycle: line.cycle, component: line.component, track: line.track, ...(line.midterms === undefined ? {} : { midterms: line.midterms }) });
  }
  if (problems.list.length) return { lines: table.count, problems };
  return { content: { semesters: table.semesters, ...(sections.attestation ? { attestation: sections.attestation } : { attestationCredits: sections.attestationCredits }), lines, electiveGroups: sections.electiveGroups, practices: sections.practices }, lines: table.count, problems };
}

/** Imports a draft's content from an XLSX file (or only checks it, with `dryRun`). */
export async function importPlan(ctx: ServiceContext, id: string, request: PlanImportRequest): Promise<PlanImportResultDto> {
  await checkDraft(ctx, id);
  const { content, lines, problems } = await contentOf(ctx, request.bytes);
  if (!content) {
    const details: PlanImportResultDto = { applied: false, lines, errors: problems.list, findings: [] };
    throw new AppError('PLAN_IMPORT_HAS_ERRORS', { count: problems.list.length }, details);
  }
  const plan = await savePlanContent(ctx, id, content, { dryRun: request.dryRun });
  return { applied: !request.dryRun, lines, errors: [], findings: plan.findings };
}
