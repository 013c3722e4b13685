import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { SectionKind, TeachingLanguage } from '../../../shared/modules/registration/registration.vocabulary.ts';
import type { RegistrationViewDto, ViewLineDto, ViewSectionDto } from '../../../shared/modules/registration/registration.view.contracts.ts';
import { missingPrerequisites } from '../../../shared/modules/registration/rules/registration.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { isPassed } from '../../../shared/modules/gradebook/rules/grading-scale.ts';
import * as enrolRepo from './registration.enrolment.repository.ts';
import * as repo from './registration.view.repository.ts';

/** The lines of a term with their offering, sections, seats and the student's places and waitlist entries: five queries for any number of lines. */

export type LineInput = Awaited<ReturnType<typeof repo.termLineRows>>[number];
type OfferingRows = Awaited<ReturnType<typeof repo.offeringsWithSections>>;
type Names = { nameRu: string | null; nameKy: string | null; nameEn: string | null };
export const nameIn = (lang: ServiceContext['lang'], n: Names): string => (lang === 'ky' ? n.nameKy : lang === 'en' ? n.nameEn : n.nameRu) ?? n.nameRu ?? '';

/** The offering of a discipline: an open one in the group's language first, else any open one, else any. */
function pickOffering(rows: OfferingRows, disciplineId: string, language: TeachingLanguage | null) {
  const mine = rows.filter((r) => r.offering.disciplineId === disciplineId).map((r) => r.offering);
  const open = mine.filter((o) => o.status === 'open');
  return open.find((o) => o.language === language) ?? open[0] ?? mine[0];
}

function lineName(ctx: ServiceContext, row: LineInput): string {
  if (row.nameRu !== null) return nameIn(ctx.lang, row);
  return row.line.source === 'practice' ? translate(ctx.lang, 'registration:view.practice') : translate(ctx.lang, 'registration:view.attestation');
}

export interface LinesInput {
  studentId: string;
  planId: string | null;
  academicYear: number;
  term: Term;
  language: TeachingLanguage | null;
  lines: LineInput[];
}

/**
 * The prerequisites that do not stand in the way, as enrolment counts them: passed with D or better
 * (newest attempt), or never graded but placed by the plan in an earlier term of the year (studied now).
 */
async function prerequisitesMet(ctx: ServiceContext, input: LinesInput, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const letters = await enrolRepo.latestLetters(ctx.db, input.studentId, ids);
  const passed = ids.filter((id) => {
    const letter = letters.get(id);
    return letter !== undefined && isPassed(letter);
  });
  const ungraded = ids.filter((id) => letters.get(id) === undefined);
  const studying = input.planId ? await enrolRepo.plannedBefore(ctx.db, input.planId, input.term, ungraded) : new Set<string>();
  return new Set([...passed, ...studying]);
}

/** The term's lines as the page shows them, and the student's open waitlist entries. */
export async function buildLines(ctx: ServiceContext, input: LinesInput): Promise<{ lines: ViewLineDto[]; waitlist: RegistrationViewDto['waitlist'] }> {
  const disciplineIds = [...new Set(input.lines.map((l) => l.line.disciplineId).filter((id): id is string => id !== null))];
  const [offeringRows, waiting, prerequisites] = await Promise.all([
    repo.offeringsWithSections(ctx.db, disciplineIds, input.academicYear, input.term),
    repo.openWaitlist(ctx.db, input.studentId, input.academicYear, input.term),
    repo.prerequisitesOf(ctx.db, disciplineIds),
  ]);
  const passedSet = await prerequisitesMet(ctx, input, [...new Set(prerequisites.map((p) => p.prerequisiteId))]);
  const chosen = new Map(disciplineIds.map((id) => [id, pickOffering(offeringRows, id, input.language)]));
  const offeringIds = [...chosen.values()].flatMap((o) => (o ? [o.id] : []));
  const places = await repo.enrolmentsIn(ctx.db, input.studentId, offeringIds);
  const waitBySection = new Map(waiting.map((w) => [w.entry.sectionId, w]));
  const lines = input.lines.map((row): ViewLineDto => {
    const { line } = row;
    const offering = line.disciplineId ? chosen.get(line.disciplineId) : undefined;
    const sectionRows = offering ? offeringRows.filter((r) => r.offering.id === offering.id && r.section !== null) : [];
    const sections = sectionRows.flatMap(({ section, teacherName }): ViewSectionDto[] => {
      if (!section || section.status !== 'open') return [];
      const w = waitBySection.get(section.id);
      return [{ id: section.id, kind: section.kind, number: section.number, teacherName, capacity: section.capacity, taken: section.taken, seatsLeft: Math.max(0, section.capacity - section.taken), status: section.status, waitlist: w ? { id: w.entry.id, status: w.entry.status, position: w.position, offerExpiresAt: w.entry.offerExpiresAt?.toISOString() ?? null } : null }];
    });
    const kinds = [...new Set(sectionRows.flatMap((r) => (r.section ? [r.section.kind] : [])))] as SectionKind[];
    const needs = prerequisites.filter((p) => p.disciplineId === line.disciplineId);
    const missing = missingPrerequisites(needs.map((p) => p.prerequisiteId), passedSet);
    return {
      id: line.id,
      source: line.source,
      kind: line.kind,
      disciplineId: line.disciplineId,
      code: row.code ?? line.source,
      name: lineName(ctx, row),
      credits: line.credits,
      electiveGroup: line.electiveGroup,
      missingPrerequisites: needs.filter((p) => missing.includes(p.prerequisiteId)).map((p) => ({ code: p.code, name: nameIn(ctx.lang, p) })),
      offering: offering ? { id: offering.id, language: offering.language, isElective: offering.isElective, status: offering.status, rechooseUntil: offering.rechooseUntil, kinds } : null,
      sections,
      enrolments: places.filter((p) => p.planLineId === line.id).map((p) => ({ id: p.id, sectionId: p.sectionId, kind: p.kind, number: p.number, teacherName: p.teacherName })),
      isRemovable: line.kind !== 'mandatory',
    };
  });
  const waitlist = waiting.map((w) => ({ id: w.entry.id, sectionId: w.entry.sectionId, planLineId: w.entry.planLineId, code: w.code, name: nameIn(ctx.lang, w), kind: w.kind, number: w.number, status: w.entry.status, position: w.position, offerExpiresAt: w.entry.offerExpiresAt?.toISOString() ?? null }));
  return { lines, waitlist };
}
