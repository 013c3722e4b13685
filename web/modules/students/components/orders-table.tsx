import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrderDto } from '../../../../shared/modules/students/students.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { OrderStatusBadge } from './vocabulary.tsx';

/** Orders, newest first: number, dates, kind, status, how many students, who drafted it. */
export function OrdersTable({ orders }: { orders: OrderDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" style={{ whiteSpace: 'nowrap' }} data-testid="orders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('students:order.number')}</Table.Th>
            <Table.Th>{t('students:order.orderDate')}</Table.Th>
            <Table.Th>{t('students:order.kind')}</Table.Th>
            <Table.Th>{t('students:order.effectiveDate')}</Table.Th>
            <Table.Th>{t('students:order.status')}</Table.Th>
            <Table.Th ta="right">{t('students:order.itemsCount')}</Table.Th>
            <Table.Th>{t('students:order.author')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id} data-testid="order-row">
              <Table.Td>
                <Anchor component={Link} to={`/orders/${order.id}`} size="sm" fw={600}>
                  {t('students:order.numberShort', { number: order.number })}
                </Anchor>
              </Table.Td>
              <Table.Td>{format.day(order.orderDate)}</Table.Td>
              <Table.Td>{t(`students:orderKind.${order.kind}`)}</Table.Td>
              <Table.Td>{format.day(order.effectiveDate)}</Table.Td>
              <Table.Td>
                <OrderStatusBadge status={order.status} />
              </Table.Td>
              <Table.Td ta="right">{order.kind === 'cancel' ? '—' : order.items.length}</Table.Td>
              <Table.Td>{order.authorName}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
