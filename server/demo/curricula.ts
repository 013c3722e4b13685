import type { PlanContentBody } from '../../shared/modules/curricula/curricula.contracts.ts';
import { loadConfig } from '../platform/config.ts';
import type { Db, Tx } from '../platform/db/client.ts';
import type { Actor, ServiceContext } from '../platform/http/context.ts';
import { createLogger } from '../platform/logging/logger.ts';
import { approvePlan, copyPlan, createDiscipline, createPlan, newVersion, savePlanContent } from '../modules/curricula/index.ts';
import type { DemoData } from './generate.ts';
import { type DemoDiscipline, type DemoPlan, type DemoRow, type DepartmentCode, type Lang } from './curricula-catalog.ts';
import { ECONOMICS, MANAGEMENT } from './curricula-econ.ts';
import { APPLIED_INFORMATICS, APPLIED_INFORMATICS_NEW_ELECTIVE, APPLIED_MATHEMATICS_MASTER } from './curricula-fitm.ts';
import { KYRGYZ_PHILOLOGY, RUSSIAN_PHILOLOGY } from './curricula-philology.ts';

/**
 * The demo's curricula, written through the curricula services so every rule applies and every
 * step is audited: the discipline catalog (entered by the department for its own disciplines, by
 * the administrator elsewhere), for each program a base plan and a working plan per admission year,
 * all approved by the demo registrar; the 2025 Applied Informatics plan in a second version; and
 * one draft that validation finds fault with (Economics, for the next intake).
 */

export const DEMO_PLANS: DemoPlan[] = [APPLIED_INFORMATICS, APPLIED_MATHEMATICS_MASTER, ECONOMICS, MANAGEMENT, KYRGYZ_PHILOLOGY, RUSSIAN_PHILOLOGY];

const LANGUAGE: Record<DepartmentCode, Lang[]> = { CS: ['ru'], AM: ['ru'], EF: ['ru'], MG: ['ru'], KF: ['ky'], RF: ['ru'] };

export interface DemoCurricula {
  disciplines: number;
  plans: number;
  /** the draft with findings */
  brokenPlanId: string;
}

/** Every discipline the plans define, each once, with its owning department filled in. */
export function demoDisciplines(): (DemoDiscipline & { department: DepartmentCode })[] {
  const out = new Map<string, DemoDiscipline & { department: DepartmentCode }>();
  const definitions = new Map<string, DemoDiscipline>();
  const rows = DEMO_PLANS.flatMap((plan) => plan.rows.map((row) => ({ row, department: plan.department })));
  for (const { row, department } of [...rows, { row: APPLIED_INFORMATICS_NEW_ELECTIVE, department: 'CS' as const }]) {
    if (!row.definition) continue;
    // general education is one list that every bachelor's plan places: the same definition, once
    if (definitions.get(row.code) === row.definition) continue;
    if (out.has(row.code)) throw new Error(`demo discipline ${row.code} is defined twice`);
    definitions.set(row.code, row.definition);
    out.set(row.code, { ...row.definition, department: row.definition.department ?? department });
  }
  return [...out.values()];
}

function contextFor(db: Db, now: Date, user: { id: string; username: string }, grants: Actor['grants']): ServiceContext {
  const actor: Actor = { userId: user.id, username: user.username, lang: 'ru', grants, sessionId: 'demo', csrfToken: 'demo' };
  // the curricula services read none of the app's services; the context is complete for the type's sake
  const services = { database: { db, kind: 'pglite' as const, pglite: null, migrate: () => Promise.resolve(), close: () => Promise.resolve() }, config: loadConfig({}), logger: createLogger('silent'), now: () => now };
  return { db, actor, now, requestId: 'demo-curricula', lang: 'ru', ip: null, userAgent: null, services };
}

/** The content of a plan for the service: each row's discipline, group, cycle and component. */
export function planContent(plan: DemoPlan, ids: Map<string, string>, extra: DemoRow[] = []): PlanContentBody {
  const lines = [...plan.rows, ...extra].map((row) => {
    const groupKind = row.electiveGroup ? 'elective' : row.anySemester ? 'anySemester' : 'fixed';
    const component = row.component ?? (row.electiveGroup ? 'elective' : row.semester <= 4 ? 'state' : 'university');
    return { disciplineId: ids.get(row.code)!, semester: row.semester, groupKind, electiveGroup: row.electiveGroup ?? null, cycle: row.cycle ?? 'professional', component } as const;
  });
  return { semesters: plan.semesters, attestation: plan.attestation, lines, electiveGroups: plan.electiveGroups, practices: plan.practices };
}

/**
 * The Economics plan as a department might first draft it for the next intake: Macroeconomics moved
 * into the second semester (its prerequisite Microeconomics is there too), Human Resource Management
 * added to the fourth (the first year then holds 66 credits, the plan 246), and Accounting given one
 * midterm control instead of two. Validation finds each; the registrar cannot approve it.
 */
export function brokenEconomicsContent(ids: Map<string, string>): PlanContentBody {
  const content = planContent(ECONOMICS, ids);
  const lines = content.lines.map((line) => {
    if (line.disciplineId === ids.get('EF-301')) return { ...line, semester: 2 };
    if (line.disciplineId === ids.get('EF-303')) return { ...line, midterms: 1 };
    return line;
  });
  return { ...content, lines: [...lines, { disciplineId: ids.get('MG-402')!, semester: 4, groupKind: 'fixed', electiveGroup: null, cycle: 'professional', component: 'university' }] };
}

/**
 * Writes the catalog and the plans inside the demo's transaction: each service's own transaction
 * becomes a savepoint of it, and every query runs on it (one commit, instead of hundreds).
 */
export async function seedCurricula(tx: Tx, data: DemoData, now: Date): Promise<DemoCurricula> {
  const db: Db = tx;
  const user = (username: string) => data.users.find((u) => u.username === username)!;
  const departmentOf = new Map(data.units.filter((u) => u.kind === 'department').map((u) => [u.code as DepartmentCode, u.id]));
  const departmentGrant = data.grants.find((g) => g.role === 'department')!;
  const admin = contextFor(db, now, { id: user('admin').id, username: 'admin' }, [{ role: 'administrator', scopeUnitId: null, scopeStudentId: null }]);
  const department = contextFor(db, now, { id: user('department').id, username: 'department' }, [{ role: 'department', scopeUnitId: departmentGrant.scopeUnitId ?? null, scopeStudentId: null }]);
  const registrar = contextFor(db, now, { id: user('registrar').id, username: 'registrar' }, [{ role: 'registrar', scopeUnitId: null, scopeStudentId: null }]);
  // the demo's department sign-in keeps its own department's curricula; the administrator enters the others'
  const managerOf = (code: DepartmentCode) => (departmentOf.get(code) === departmentGrant.scopeUnitId ? department : admin);

  const ids = new Map<string, string>();
  const pending = demoDisciplines();
  while (pending.length) {
    const ready = pending.filter((d) => d.prerequisites.every((p) => ids.has(p)));
    if (ready.length === 0) throw new Error(`demo prerequisites are missing or circular: ${pending.map((d) => d.code).join(', ')}`);
    for (const d of ready) {
      const created = await createDiscipline(managerOf(d.department), {
        code: d.code, nameRu: d.ru, nameKy: d.ky, nameEn: d.en, departmentId: departmentOf.get(d.department)!, kind: d.kind, credits: d.credits, hours: d.hours,
        controlForm: d.controlForm, languages: d.languages ?? LANGUAGE[d.department], isElective: d.isElective, prerequisites: d.prerequisites,
      });
      ids.set(d.code, created.id);
      pending.splice(pending.indexOf(d), 1);
    }
  }

  const years = [...new Set(data.records.profiles.map((p) => p.admissionYear))].sort();
  let plans = 0;
  let brokenPlanId = '';
  for (const plan of DEMO_PLANS) {
    const programId = data.records.programs.find((p) => p.departmentId === departmentOf.get(plan.department))!.id;
    const manager = managerOf(plan.department);
    const base = await createPlan(manager, { programId, kind: 'base', semesters: plan.semesters });
    await savePlanContent(manager, base.id, planContent(plan, ids));
    await approvePlan(registrar, base.id);
    plans += 1;
    for (const year of years) {
      const working = await copyPlan(manager, base.id, year);
      await approvePlan(registrar, working.id);
      plans += 1;
      if (plan === APPLIED_INFORMATICS && year === years.at(-1)) {
        // a second version: the catalog gained an elective, the plan offers it from now on
        const next = await newVersion(manager, working.id);
        await savePlanContent(manager, next.id, planContent(plan, ids, [APPLIED_INFORMATICS_NEW_ELECTIVE]));
        await approvePlan(registrar, next.id);
        plans += 1;
      }
    }
    if (plan === ECONOMICS) {
      const draft = await copyPlan(manager, base.id, (years.at(-1) ?? now.getUTCFullYear()) + 1);
      await savePlanContent(manager, draft.id, brokenEconomicsContent(ids));
      brokenPlanId = draft.id;
      plans += 1;
    }
  }
  return { disciplines: ids.size, plans, brokenPlanId };
}
