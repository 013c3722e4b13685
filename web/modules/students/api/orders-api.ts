import type { CreateOrderBody, OrderDto } from '../../../../shared/modules/students/students.contracts.ts';
import type { OrderKind, OrderStatus } from '../../../../shared/modules/students/students.vocabulary.ts';
import { api, type Page } from '../../../lib/api-client.ts';

export type AnyOrderKind = OrderKind | 'cancel';

export interface OrdersQuery {
  status?: OrderStatus | undefined;
  kind?: AnyOrderKind | undefined;
  year?: number | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** The request body as the contract takes it (items default to none, so a cancellation may leave them out). */
export type OrderRequest = Omit<CreateOrderBody, 'items'> & { items?: CreateOrderBody['items'] };

const orderPath = (id: string) => `/api/orders/${encodeURIComponent(id)}`;

export const listOrders = (query: OrdersQuery, signal?: AbortSignal) =>
  api.get<Page<OrderDto>>(
    '/api/orders',
    { status: query.status, kind: query.kind, year: query.year, page: query.page, pageSize: query.pageSize },
    signal,
  );

export const getOrder = (id: string) => api.get<OrderDto>(orderPath(id));
export const createOrder = (body: OrderRequest) => api.post<OrderDto>('/api/orders', body);
export const signOrder = (id: string) => api.post<OrderDto>(`${orderPath(id)}/sign`);
