import type { CurrentDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import type { Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { AddSectionBody, GenerateOfferingsDto, OfferingsPageDto, SectionDto, TeacherOptionDto, UpdateSectionBody } from '../../../../shared/modules/registration/registration.offerings.contracts.ts';
import { api } from '../../../lib/api-client.ts';

/** The calls of the offerings page. */

export interface OfferingsFilter {
  academicYear: number;
  term: Term;
  q: string;
  page: number;
}

export const offeringsQueryKey = ['offerings'] as const;
export const listOfferings = (f: OfferingsFilter) => api.get<OfferingsPageDto>('/api/offerings', { academicYear: f.academicYear, term: f.term, q: f.q, page: f.page });
export const generateOfferings = (academicYear: number, term: Term) => api.post<GenerateOfferingsDto>('/api/offerings/generate', { academicYear, term });
export const teacherOptions = (offeringId: string, q: string) => api.get<TeacherOptionDto[]>(`/api/offerings/${encodeURIComponent(offeringId)}/teachers`, { q });
export const addSection = (offeringId: string, body: AddSectionBody) => api.post<SectionDto>(`/api/offerings/${encodeURIComponent(offeringId)}/sections`, body);
export const updateSection = (sectionId: string, body: UpdateSectionBody) => api.patch<SectionDto>(`/api/sections/${encodeURIComponent(sectionId)}`, body);
export const cancelSection = (sectionId: string) => api.post<SectionDto>(`/api/sections/${encodeURIComponent(sectionId)}/cancel`);
/** what is on today: the default academic year and term of the page */
export const currentTerm = () => api.get<CurrentDto>('/api/calendar/current');
