import type { DisciplineDto, FindingDto, PlanDto, PlanLineDto, PlanSummaryDto } from '../../../shared/modules/curricula/curricula.contracts.ts';
import { errorResponse, jsonResponse, stubApi, type SeenRequest } from '../../test/fixtures.ts';

/** Curricula as the API answers it, for the web's tests. */

export const DEPARTMENT_ID = '40000000-0000-4000-8000-000000000001';
export const PROGRAM_ID = '50000000-0000-4000-8000-000000000001';
export const PLAN_ID = '60000000-0000-4000-8000-000000000001';

const hours = (credits: number) => ({ lecture: credits * 5, practice: credits * 5, lab: 0, supervised: credits * 5, independent: credits * 15 });

export function discipline(overrides: Partial<DisciplineDto> = {}): DisciplineDto {
  return {
    id: '70000000-0000-4000-8000-000000000001',
    code: 'CS101',
    name: { ru: 'Основы программирования', ky: 'Программалоонун негиздери', en: 'Programming Basics' },
    description: { ru: 'Алгоритмы и первые программы.', ky: 'Алгоритмдер жана алгачкы программалар.', en: 'Algorithms and first programs.' },
    departmentId: DEPARTMENT_ID,
    departmentName: 'Кафедра информатики',
    kind: 'regular',
    credits: 5,
    hours: hours(5),
    controlForm: 'exam',
    languages: ['ru', 'ky'],
    isElective: false,
    prerequisites: [],
    canManage: false,
    ...overrides,
  };
}

export const CS102 = discipline({
  id: '70000000-0000-4000-8000-000000000002',
  code: 'CS102',
  name: { ru: 'Структуры данных', ky: 'Маалымат структуралары', en: 'Data Structures' },
  prerequisites: [{ id: '70000000-0000-4000-8000-000000000001', code: 'CS101', name: 'Основы программирования' }],
});

export function planLine(overrides: Partial<PlanLineDto> = {}): PlanLineDto {
  return { id: 'l1', disciplineId: discipline().id, code: 'CS101', name: 'Основы программирования', semester: 1, groupKind: 'fixed', electiveGroup: null, cycle: 'professional', component: 'university', track: 'major', midterms: 2, credits: 5, hours: hours(5), weeklyHours: { classroom: 3.3, supervised: 1.7 }, controlForm: 'exam', prerequisites: [], ...overrides };
}

export const NOT_BEFORE: FindingDto = { code: 'PREREQUISITE_NOT_BEFORE', severity: 'error', where: { discipline: 'CS102', semester: 1 }, message: 'CS102 (семестр 1): пререквизит CS101 стоит в семестре 1 — он должен изучаться раньше.' };
export const SEMESTER_TOTAL: FindingDto = { code: 'SEMESTER_TOTAL', severity: 'warning', where: { semester: 2 }, message: 'Семестр 2: 0 кредитов, обычно от 28 до 33.' };

export function plan(overrides: Partial<PlanDto> = {}): PlanDto {
  return {
    id: PLAN_ID,
    programId: PROGRAM_ID,
    programCode: '580100',
    programName: 'Прикладная информатика',
    level: 'bachelor',
    kind: 'working',
    admissionYear: 2026,
    version: 1,
    status: 'draft',
    semesters: 2,
    attestationCredits: 0,
    attestation: [],
    teachingWeeks: 15,
    basedOnId: null,
    approvedAt: null,
    lines: [planLine(), planLine({ id: 'l2', disciplineId: CS102.id, code: 'CS102', name: 'Структуры данных', prerequisites: ['CS101'] })],
    electiveGroups: [],
    practices: [{ kind: 'production', credits: 20, semester: 1 }],
    semesterCredits: [30, 0],
    totalCredits: 30,
    findings: [NOT_BEFORE, SEMESTER_TOTAL],
    canManage: true,
    canApprove: false,
    ...overrides,
  };
}

export const summaryOf = (p: PlanDto): PlanSummaryDto => ({ id: p.id, programId: p.programId, programCode: p.programCode, programName: p.programName, kind: p.kind, admissionYear: p.admissionYear, version: p.version, status: p.status, semesters: p.semesters, approvedAt: p.approvedAt });

/** The curricula API over the given plans and disciplines; `extra` answers anything else first. */
export function serveCurricula(options: { plans?: PlanDto[]; disciplines?: DisciplineDto[]; extra?: (request: SeenRequest, path: string) => Response | null } = {}) {
  const plans = options.plans ?? [plan()];
  const disciplines = options.disciplines ?? [discipline(), CS102];
  return stubApi((request) => {
    const path = new URL(request.url, 'http://x').pathname;
    const answered = options.extra?.(request, path);
    if (answered) return answered;
    if (path === '/api/disciplines') return jsonResponse(200, { items: disciplines, total: disciplines.length, page: 1, pageSize: 50 });
    const d = disciplines.find((x) => path === `/api/disciplines/${x.id}`);
    if (d) return jsonResponse(200, d);
    if (path === '/api/plans') return jsonResponse(200, plans.map(summaryOf));
    const p = plans.find((x) => path === `/api/plans/${x.id}`);
    if (p) return jsonResponse(200, p);
    if (path === '/api/units' || path === '/api/programs') return jsonResponse(200, []);
    return errorResponse(404, 'ROUTE_NOT_FOUND', 'Такого адреса нет.');
  });
}
