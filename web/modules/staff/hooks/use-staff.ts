import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { StaffOrderDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import * as staffApi from '../api/staff-api.ts';

export function usePositions(enabled = true) {
  return useQuery({ queryKey: ['staff-positions'], queryFn: staffApi.listPositions, staleTime: 5 * 60_000, enabled });
}

export function useStaffCards(query: staffApi.CardsQuery, enabled = true) {
  return useQuery({ queryKey: ['staff-cards', query], queryFn: ({ signal }) => staffApi.searchCards(query, signal), placeholderData: keepPreviousData, enabled });
}

export function useStaffCard(id: string | null | undefined) {
  return useQuery({ queryKey: ['staff-card', id], queryFn: () => staffApi.getCard(id ?? ''), enabled: id != null && id !== '' });
}

export function useMyStaffCard(enabled = true) {
  return useQuery({ queryKey: ['staff-card', 'me'], queryFn: staffApi.getMyCard, enabled });
}

export function useStaffOrders(query: staffApi.StaffOrdersQuery, enabled = true) {
  return useQuery({ queryKey: ['staff-orders', query], queryFn: ({ signal }) => staffApi.listStaffOrders(query, signal), placeholderData: keepPreviousData, enabled });
}

export function useStaffOrder(id: string | null | undefined) {
  return useQuery({ queryKey: ['staff-order', id], queryFn: () => staffApi.getStaffOrder(id ?? ''), enabled: id != null && id !== '' });
}

export function useStaffList(query: staffApi.AsOfQuery, enabled = true) {
  return useQuery({ queryKey: ['staff-list', query], queryFn: ({ signal }) => staffApi.getStaffList(query, signal), placeholderData: keepPreviousData, enabled });
}

export function useStaffReport(query: staffApi.AsOfQuery, enabled = true) {
  return useQuery({ queryKey: ['staff-report', query], queryFn: ({ signal }) => staffApi.getStaffReport(query, signal), placeholderData: keepPreviousData, enabled });
}

/** After a card or an order changed: show the answer at once and refresh what depends on it. */
export function useStaffChanged() {
  const client = useQueryClient();
  return (order?: StaffOrderDto) => {
    if (order) client.setQueryData(['staff-order', order.id], order);
    for (const key of ['staff-card', 'staff-cards', 'staff-orders', 'staff-list', 'staff-report']) void client.invalidateQueries({ queryKey: [key] });
  };
}
