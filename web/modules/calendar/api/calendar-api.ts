import type { CurrentDto, HolidayBody, HolidayUpdateBody, PeriodBody, PeriodUpdateBody, TermBody, YearDto, YearSummaryDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import type { TermKind } from '../../../../shared/modules/calendar/calendar.vocabulary.ts';
import { api } from '../../../lib/api-client.ts';

const yearPath = (id: string) => `/api/calendar/years/${encodeURIComponent(id)}`;

export const listYears = () => api.get<YearSummaryDto[]>('/api/calendar/years');
export const getYear = (id: string) => api.get<YearDto>(yearPath(id));
export const getCurrent = () => api.get<CurrentDto>('/api/calendar/current');
export const createYear = (startYear: number) => api.post<YearDto>('/api/calendar/years', { startYear });
export const putTerm = (id: string, kind: TermKind, body: TermBody) => api.put<YearDto>(`${yearPath(id)}/terms/${kind}`, body);
export const deleteTerm = (id: string, kind: TermKind) => api.delete<YearDto>(`${yearPath(id)}/terms/${kind}`);
export const createPeriod = (id: string, body: PeriodBody) => api.post<YearDto>(`${yearPath(id)}/periods`, body);
export const updatePeriod = (id: string, periodId: string, body: PeriodUpdateBody) => api.patch<YearDto>(`${yearPath(id)}/periods/${encodeURIComponent(periodId)}`, body);
export const deletePeriod = (id: string, periodId: string) => api.delete<YearDto>(`${yearPath(id)}/periods/${encodeURIComponent(periodId)}`);
export const createHoliday = (id: string, body: HolidayBody) => api.post<YearDto>(`${yearPath(id)}/holidays`, body);
export const updateHoliday = (id: string, holidayId: string, body: HolidayUpdateBody) => api.patch<YearDto>(`${yearPath(id)}/holidays/${encodeURIComponent(holidayId)}`, body);
export const deleteHoliday = (id: string, holidayId: string) => api.delete<YearDto>(`${yearPath(id)}/holidays/${encodeURIComponent(holidayId)}`);
