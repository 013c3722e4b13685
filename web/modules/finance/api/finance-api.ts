import type { PaymentDto, PriceDto, PriceListDto, RecordPaymentBody, StudentPaymentsDto, TuitionDto, UpsertPriceBody } from '../../../../shared/modules/finance/finance.contracts.ts';
import type { Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { DisciplineDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { api, type Page } from '../../../lib/api-client.ts';

/** The calls of the finance pages and panels. */

const studentPath = (studentId: string) => `/api/students/${encodeURIComponent(studentId)}`;

export const pricesQueryKey = (academicYear: number | null) => ['finance-prices', academicYear] as const;
export const listPrices = (academicYear: number | null) => api.get<PriceListDto>('/api/finance/prices', academicYear === null ? {} : { academicYear });
export const setPrice = (body: UpsertPriceBody) => api.put<PriceDto>('/api/finance/prices', body);

export const paymentsQueryKey = (studentId: string) => ['student-payments', studentId] as const;
export const tuitionQueryKey = (studentId: string, academicYear: number, term: Term) => ['student-tuition', studentId, academicYear, term] as const;
export const listPayments = (studentId: string) => api.get<StudentPaymentsDto>(`${studentPath(studentId)}/payments`);
export const recordPayment = (studentId: string, body: RecordPaymentBody) => api.post<PaymentDto>(`${studentPath(studentId)}/payments`, body);
export const getTuition = (studentId: string, academicYear: number, term: Term) => api.get<TuitionDto>(`${studentPath(studentId)}/tuition`, { academicYear, term });

/** The catalog's disciplines matching a search, for naming the re-studied discipline of a prepayment. */
export const searchDisciplines = (q: string, signal?: AbortSignal) => api.get<Page<DisciplineDto>>('/api/disciplines', { q, pageSize: 20 }, signal);
