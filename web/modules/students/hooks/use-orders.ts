import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import type { OrderDto } from '../../../../shared/modules/students/students.contracts.ts';
import { getOrder, listOrders, type OrdersQuery } from '../api/orders-api.ts';

export function useOrders(query: OrdersQuery) {
  return useQuery({
    queryKey: ['orders', query],
    queryFn: ({ signal }) => listOrders(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: string | null | undefined) {
  return useQuery({ queryKey: ['order', id], queryFn: () => getOrder(id ?? ''), enabled: id != null && id !== '' });
}

/** After an order is drafted or signed: every list and card it may change is asked for again. */
export function useOrderChanged() {
  const client = useQueryClient();
  return (order?: OrderDto) => {
    if (order) client.setQueryData(['order', order.id], order);
    void client.invalidateQueries({ queryKey: ['orders'] });
    void client.invalidateQueries({ queryKey: ['order'] });
    void client.invalidateQueries({ queryKey: ['students'] });
    void client.invalidateQueries({ queryKey: ['student'] });
    void client.invalidateQueries({ queryKey: ['groups'] });
    void client.invalidateQueries({ queryKey: ['group-list'] });
  };
}
