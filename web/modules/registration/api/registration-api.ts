import type { IndividualPlanDto } from '../../../../shared/modules/curricula/curricula.individual.contracts.ts';
import type { Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { AddPlanLineBody, CloseTermDto, EnrolResultDto, EnrolmentDto, WaitlistEntryDto } from '../../../../shared/modules/registration/registration.enrolment.contracts.ts';
import type { OverviewDto, QueueDto, QueueStep, RegistrationViewDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { api, toQueryString } from '../../../lib/api-client.ts';

/** The calls of the registration pages: the student's term, the review queue, the overview, and the steps (the server decides each). */

const id = encodeURIComponent;
export interface TermChoice {
  academicYear?: number | undefined;
  term?: Term | undefined;
}

export const registrationKey = (studentId: string, choice: TermChoice = {}) => ['registration', studentId, choice.academicYear ?? null, choice.term ?? null] as const;
export const getRegistration = (studentId: string, choice: TermChoice = {}) => api.get<RegistrationViewDto>(`/api/students/${id(studentId)}/registration`, { academicYear: choice.academicYear, term: choice.term });

export const enrol = (studentId: string, body: { planLineId: string; sectionId: string; waitlist?: boolean }) => api.post<EnrolResultDto>(`/api/students/${id(studentId)}/enrolments`, body);
export const dropEnrolment = (enrolmentId: string) => api.post<EnrolmentDto>(`/api/enrolments/${id(enrolmentId)}/drop`);
export const waitlistStep = (entryId: string, step: 'accept' | 'decline' | 'withdraw') => api.post<EnrolmentDto | WaitlistEntryDto>(`/api/waitlist/${id(entryId)}/${step}`);

export const deriveStudyPlan = (studentId: string, academicYear: number) => api.post<IndividualPlanDto>(`/api/students/${id(studentId)}/individual-plans`, { academicYear });
export const addLine = (planId: string, body: AddPlanLineBody) => api.post<IndividualPlanDto>(`/api/individual-plans/${id(planId)}/lines`, body);
export const removeLine = (planId: string, lineId: string) => api.post<IndividualPlanDto>(`/api/individual-plans/${id(planId)}/lines/${id(lineId)}/remove`);

export type PlanStep = 'submit' | 'withdraw' | 'approve' | 'approve-change' | 'accept' | 'return';
export const planStep = (planId: string, step: PlanStep, note?: string) => api.post<IndividualPlanDto>(`/api/individual-plans/${id(planId)}/${step}`, note ? { note } : {});

export const queueKey = (step: QueueStep | undefined, page: number) => ['registration-queue', step ?? null, page] as const;
export const getQueue = (step: QueueStep | undefined, page: number) => api.get<QueueDto>('/api/registration/queue', { step, page, pageSize: 50 });

export interface OverviewFilter {
  academicYear?: number | undefined;
  term?: Term | undefined;
  unitId?: string | undefined;
}
export const overviewKey = (filter: OverviewFilter) => ['registration-overview', filter.academicYear ?? null, filter.term ?? null, filter.unitId ?? null] as const;
export const getOverview = (filter: OverviewFilter) => api.get<OverviewDto>('/api/registration/overview', { ...filter });
export const listsHref = (filter: OverviewFilter) => `/api/registration/lists.xlsx${toQueryString({ ...filter })}`;
export const closeRegistration = (academicYear: number, term: Term) => api.post<CloseTermDto>('/api/registration/close', { academicYear, term });
