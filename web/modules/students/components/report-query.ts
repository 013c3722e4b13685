import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ContingentQuery, ContingentReportDto } from '../../../../shared/modules/students/students-reports.contracts.ts';
import { api, toQueryString } from '../../../lib/api-client.ts';

/** The contingent report and the printable documents: what the server answers and where the files are. */

export const fetchContingent = (query: ContingentQuery, signal?: AbortSignal) => api.get<ContingentReportDto>('/api/reports/contingent', { ...query }, signal);

/** The same report as XLSX, downloaded by the browser with the session cookie. */
export const contingentXlsxUrl = (query: ContingentQuery) => `/api/reports/contingent.xlsx${toQueryString({ ...query })}`;

export const groupListPdfUrl = (groupId: string, date: string) => `/api/groups/${encodeURIComponent(groupId)}/students/list.pdf${toQueryString({ date })}`;

export const studentCardPdfUrl = (studentId: string) => `/api/students/${encodeURIComponent(studentId)}/card.pdf`;

export function useContingent(query: ContingentQuery) {
  return useQuery({
    queryKey: ['contingent', query],
    queryFn: ({ signal }) => fetchContingent(query, signal),
    placeholderData: keepPreviousData,
  });
}
