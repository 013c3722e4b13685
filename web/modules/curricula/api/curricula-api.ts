import type { DisciplineBody, DisciplineDto, DisciplineUpdateBody, FindingDto, PlanContentBody, PlanDto, PlanSummaryDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import type { PlanKind, PlanStatus } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { api, type Page } from '../../../lib/api-client.ts';

/** The curricula API: the discipline catalog (КЭД included) and base and working plans. */

export interface DisciplinesQuery {
  q?: string | undefined;
  departmentId?: string | undefined;
  isElective?: 'true' | 'false' | undefined;
  language?: 'ru' | 'ky' | 'en' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface PlansQuery {
  programId?: string | undefined;
  kind?: PlanKind | undefined;
  status?: PlanStatus | undefined;
}

export interface FieldChange {
  field: string;
  from: string | number | null;
  to: string | number | null;
}

/** What changed from one plan (version) to another, lines matched by discipline code. */
export interface PlanDiffDto {
  added: string[];
  removed: string[];
  changed: { code: string; changes: FieldChange[] }[];
  plan: FieldChange[];
}

export interface CreatePlanInput {
  programId: string;
  kind: PlanKind;
  admissionYear?: number | null;
  semesters?: number;
}

const disciplinePath = (id: string) => `/api/disciplines/${encodeURIComponent(id)}`;
export const planPath = (id: string) => `/api/plans/${encodeURIComponent(id)}`;

export const listDisciplines = (query: DisciplinesQuery, signal?: AbortSignal) => api.get<Page<DisciplineDto>>('/api/disciplines', { ...query }, signal);
export const getDiscipline = (id: string) => api.get<DisciplineDto>(disciplinePath(id));
export const createDiscipline = (body: DisciplineBody) => api.post<DisciplineDto>('/api/disciplines', body);
export const updateDiscipline = (id: string, body: DisciplineUpdateBody) => api.patch<DisciplineDto>(disciplinePath(id), body);

export const listPlans = (query: PlansQuery, signal?: AbortSignal) => api.get<PlanSummaryDto[]>('/api/plans', { ...query }, signal);
export const getPlan = (id: string) => api.get<PlanDto>(planPath(id));
export const createPlan = (body: CreatePlanInput) => api.post<PlanDto>('/api/plans', body);
export const savePlanContent = (id: string, body: PlanContentBody) => api.put<PlanDto>(`${planPath(id)}/content`, body);
export const approvePlan = (id: string) => api.post<PlanDto>(`${planPath(id)}/approve`);
export const newPlanVersion = (id: string) => api.post<PlanDto>(`${planPath(id)}/versions`);
export const copyPlan = (id: string, admissionYear: number) => api.post<PlanDto>(`${planPath(id)}/copy`, { admissionYear });
export const comparePlans = (id: string, otherId: string) => api.get<PlanDiffDto>(`${planPath(id)}/compare/${encodeURIComponent(otherId)}`);

/** One problem of an imported file: its row, the column when known, and the reason in the reader's language. */
export interface PlanImportError {
  row: number;
  column?: string;
  code: string;
  message: string;
}

/** The answer of a plan import (a dry run, or the real one). */
export interface PlanImportResult {
  applied: boolean;
  lines: number;
  errors: PlanImportError[];
  findings: FindingDto[];
}
