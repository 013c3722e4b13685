import type { Term } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import { courseIn } from '../../../shared/modules/curricula/rules/individual-plan.ts';
import type { GenerateOfferingsBody, GenerateOfferingsDto } from '../../../shared/modules/registration/registration.offerings.contracts.ts';
import type { TeachingLanguage } from '../../../shared/modules/registration/registration.vocabulary.ts';
import { electiveShare, planSections, type SectionSizes } from '../../../shared/modules/registration/rules/section-plan.ts';
import type { DisciplineKind } from '../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { ProgramLevel } from '../../../shared/modules/students/students.vocabulary.ts';
import { recordAudit } from '../../platform/audit/record-audit.ts';
import type { Executor, Tx } from '../../platform/db/client.ts';
import { AppError } from '../../platform/http/app-error.ts';
import type { ServiceContext } from '../../platform/http/context.ts';
import { newId } from '../../platform/ids.ts';
import { translate } from '../../platform/i18n/translate.ts';
import { readSettings } from '../../platform/settings/settings.service.ts';
import { findTermStart } from '../calendar/index.ts';
import { mayGenerateOfferings } from './registration.policy.ts';
import * as repo from './registration.offerings.repository.ts';

/**
 * Generating a term's offerings (DOMAIN.md §4): every group studying that term by an approved working
 * plan contributes its semester's disciplines; one offering per discipline and language of instruction,
 * its expected students summed over the groups, its sections from the section plan.
 */

/** The plan's semester a cohort studies in a term: autumn 2c-1, spring 2c; none in summer (no plan places disciplines there today). */
export function semesterIn(admissionYear: number, academicYear: number, term: Term): number | null {
  const course = courseIn(admissionYear, academicYear);
  if (course < 1 || term === 'summer') return null;
  return term === 'autumn' ? 2 * course - 1 : 2 * course;
}

interface Demand {
  disciplineId: string;
  language: TeachingLanguage;
  expected: number;
  /** elective only when every plan that places it offers it as an option of an elective group */
  isElective: boolean;
  hours: { lecture: number; practice: number; lab: number };
  disciplineKind: DisciplineKind;
  /** master only when every group is a master's group */
  level: ProgramLevel;
}

export async function sectionSizes(db: Executor): Promise<SectionSizes> {
  const s = await readSettings(db);
  return {
    lecture: { min: s['registration.lectureMinSize'], max: s['registration.lectureMaxSize'] },
    practice: { min: s['registration.practiceMinSize'], max: s['registration.practiceMaxSize'] },
    smallGroup: { min: s['registration.smallGroupMinSize'], max: s['registration.smallGroupMaxSize'] },
    master: { min: s['registration.masterMinSize'], max: s['registration.masterMaxSize'] },
  };
}

/** What the working plans ask of a term: offerings by `disciplineId|language`, and how many groups contributed. */
async function demandOf(db: Executor, academicYear: number, term: Term, firstDay: string): Promise<{ demand: Map<string, Demand>; groups: number }> {
  const cohorts = await repo.cohortsOn(db, firstDay);
  const plans = await repo.approvedWorkingPlans(db, [...new Set(cohorts.map((c) => c.programId))]);
  const planOf = new Map(plans.map((p) => [`${p.programId}|${p.admissionYear}`, p]));
  const { lines, groups: electiveGroups } = await repo.planLinesOf(db, plans.map((p) => p.id));
  const choose = new Map(electiveGroups.map((g) => [`${g.planId}|${g.key}`, g.choose]));
  const options = new Map<string, number>();
  for (const l of lines) if (l.groupKind === 'elective' && l.electiveGroup) options.set(`${l.planId}|${l.electiveGroup}`, (options.get(`${l.planId}|${l.electiveGroup}`) ?? 0) + 1);
  const linesOf = new Map<string, typeof lines>();
  for (const l of lines) (linesOf.get(`${l.planId}|${l.semester}`) ?? linesOf.set(`${l.planId}|${l.semester}`, []).get(`${l.planId}|${l.semester}`)!).push(l);
  const demand = new Map<string, Demand>();
  let groups = 0;
  for (const cohort of cohorts) {
    const plan = planOf.get(`${cohort.programId}|${cohort.admissionYear}`);
    const semester = semesterIn(cohort.admissionYear, academicYear, term);
    if (!plan || semester === null || semester > plan.semesters) continue;
    const placed = linesOf.get(`${plan.id}|${semester}`) ?? [];
    if (placed.length > 0) groups += 1;
    for (const line of placed) {
      const isElective = line.groupKind === 'elective';
      const groupKey = `${plan.id}|${line.electiveGroup ?? ''}`;
      const expected = isElective ? electiveShare(cohort.students, choose.get(groupKey) ?? 1, options.get(groupKey) ?? 1) : cohort.students;
      const key = `${line.disciplineId}|${cohort.language}`;
      const seen = demand.get(key);
      const hours = { lecture: line.hoursLecture, practice: line.hoursPractice, lab: line.hoursLab };
      if (!seen) {
        demand.set(key, { disciplineId: line.disciplineId, language: cohort.language, expected, isElective, hours, disciplineKind: line.disciplineKind, level: cohort.level });
        continue;
      }
      seen.expected += expected;
      seen.isElective &&= isElective;
      seen.hours = { lecture: Math.max(seen.hours.lecture, hours.lecture), practice: Math.max(seen.hours.practice, hours.practice), lab: Math.max(seen.hours.lab, hours.lab) };
      if (cohort.level !== 'master') seen.level = cohort.level;
    }
  }
  return { demand, groups };
}

/**
 * Writes the offerings the demand asks for that do not exist yet, with their sections, under the term's
 * lock (two generations at once queue; the unique index stands behind it), and one audit row. No access
 * check: the caller has made it (the demo seeds through here inside its transaction).
 */
export async function generateOfferingsIn(ctx: ServiceContext, tx: Tx, academicYear: number, term: Term, firstDay: string): Promise<GenerateOfferingsDto> {
  await repo.lockTerm(tx, academicYear, term);
  const { demand, groups } = await demandOf(tx, academicYear, term, firstDay);
  const sizes = await sectionSizes(tx);
  const existing = await repo.offeringKeysOf(tx, academicYear, term);
  const wanted = [...demand.values()].filter((d) => !existing.has(`${d.disciplineId}|${d.language}`));
  const rows = wanted.map((d) => ({ id: newId(), disciplineId: d.disciplineId, academicYear, term, language: d.language, isElective: d.isElective, expectedStudents: d.expected, status: 'open' as const, createdAt: ctx.now, updatedAt: ctx.now }));
  const made = await repo.insertOfferingsIfNew(tx, rows);
  const sections = made.flatMap((offering) => {
    const d = demand.get(`${offering.disciplineId}|${offering.language}`)!;
    return planSections({ hours: d.hours, disciplineKind: d.disciplineKind, level: d.level, expectedStudents: d.expected }, sizes).map((s) => ({ id: newId(), offeringId: offering.id, ...s, taken: 0, status: 'open' as const, createdAt: ctx.now, updatedAt: ctx.now }));
  });
  await repo.insertSections(tx, sections);
  const result = { academicYear, term, groups, created: made.length, sections: sections.length, kept: demand.size - made.length };
  await recordAudit(tx, ctx, { action: 'registration.offering.manage', entityType: 'offeringGeneration', entityId: `${academicYear}-${term}`, after: result });
  return result;
}

/**
 * Generates a term's offerings and sections from the approved working plans (the registrar's office,
 * the whole university). Idempotent: an offering that exists is kept as it is and counted as kept.
 */
export async function generateOfferings(ctx: ServiceContext, body: GenerateOfferingsBody): Promise<GenerateOfferingsDto> {
  if (!mayGenerateOfferings(ctx.actor)) throw new AppError('OFFERINGS_GENERATE_NOT_ALLOWED');
  const firstDay = await findTermStart(ctx.db, body.academicYear, body.term);
  if (!firstDay) throw new AppError('OFFERINGS_TERM_NOT_IN_CALENDAR', { term: translate(ctx.lang, `calendar:termKind.${body.term}`), year: `${body.academicYear}/${String(body.academicYear + 1).slice(2)}` });
  return ctx.db.transaction((tx) => generateOfferingsIn(ctx, tx, body.academicYear, body.term, firstDay));
}
