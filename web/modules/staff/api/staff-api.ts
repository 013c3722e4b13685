import type {
  CardDto,
  CardRowDto,
  CreateCardBody,
  CreateStaffOrderBody,
  PositionBody,
  PositionDto,
  StaffListDto,
  StaffOrderDto,
  StaffReportDto,
  UpdateCardBody,
} from '../../../../shared/modules/staff/staff.contracts.ts';
import type { StaffOrderKind, StaffOrderStatus } from '../../../../shared/modules/staff/staff.vocabulary.ts';
import { api, toQueryString, type Page } from '../../../lib/api-client.ts';

export interface CardsQuery {
  q?: string | undefined;
  unitId?: string | undefined;
  degree?: string | undefined;
  title?: string | undefined;
  employed?: 'yes' | 'no' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface StaffOrdersQuery {
  status?: StaffOrderStatus | undefined;
  kind?: StaffOrderKind | undefined;
  cardId?: string | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export interface AsOfQuery {
  unitId?: string | undefined;
  date?: string | undefined;
}

const cardPath = (id: string) => `/api/staff/cards/${encodeURIComponent(id)}`;
const orderPath = (id: string) => `/api/staff/orders/${encodeURIComponent(id)}`;

export const listPositions = () => api.get<PositionDto[]>('/api/staff/positions');
export const createPosition = (body: PositionBody) => api.post<PositionDto>('/api/staff/positions', body);
export const searchCards = (query: CardsQuery, signal?: AbortSignal) => api.get<Page<CardRowDto>>('/api/staff/cards', { ...query }, signal);
export const getCard = (id: string) => api.get<CardDto>(cardPath(id));
export const getMyCard = () => api.get<CardDto | null>('/api/staff/cards/me');
export const createCard = (body: CreateCardBody) => api.post<CardDto>('/api/staff/cards', body);
export const updateCard = (id: string, body: UpdateCardBody) => api.patch<CardDto>(cardPath(id), body);
export const listStaffOrders = (query: StaffOrdersQuery, signal?: AbortSignal) => api.get<Page<StaffOrderDto>>('/api/staff/orders', { ...query }, signal);
export const getStaffOrder = (id: string) => api.get<StaffOrderDto>(orderPath(id));
export const createStaffOrder = (body: CreateStaffOrderBody) => api.post<StaffOrderDto>('/api/staff/orders', body);
export const signStaffOrder = (id: string) => api.post<StaffOrderDto>(`${orderPath(id)}/sign`);
export const getStaffList = (query: AsOfQuery, signal?: AbortSignal) => api.get<StaffListDto>('/api/staff/list', { ...query }, signal);
export const getStaffReport = (query: AsOfQuery, signal?: AbortSignal) => api.get<StaffReportDto>('/api/staff/report', { ...query }, signal);

/** The address of a staff list's XLSX file (the browser downloads it with the session cookie). */
export const staffListExportUrl = (query: AsOfQuery) => `/api/staff/list/export.xlsx${toQueryString({ ...query })}`;
