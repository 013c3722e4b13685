import { Anchor, Badge, Button, Select, SimpleGrid, Stack, Table } from '@mantine/core';
import { IconFilePlus, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffOrderDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { STAFF_ORDER_KINDS, STAFF_ORDER_STATUSES } from '../../../../shared/modules/staff/staff.vocabulary.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { useStaffOrders } from '../hooks/use-staff.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

const PAGE_SIZE = 50;

function OrdersTable({ orders }: { orders: StaffOrderDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="staff-orders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('staff:field.number')}</Table.Th>
            <Table.Th>{t('staff:orderForm.orderDate')}</Table.Th>
            <Table.Th>{t('staff:orderForm.kind')}</Table.Th>
            <Table.Th>{t('staff:orderForm.person')}</Table.Th>
            <Table.Th>{t('staff:orderForm.effectiveDate')}</Table.Th>
            <Table.Th>{t('staff:field.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((order) => (
            <Table.Tr key={order.id} data-testid="staff-order-row">
              <Table.Td>
                <Anchor component={Link} to={`/staff/orders/${order.id}`} size="sm">
                  {order.number}
                </Anchor>
              </Table.Td>
              <Table.Td>{format.day(order.orderDate)}</Table.Td>
              <Table.Td>{t(`staff:orderKind.${order.kind}`)}</Table.Td>
              <Table.Td>{order.personName}</Table.Td>
              <Table.Td>{format.day(order.effectiveDate)}</Table.Td>
              <Table.Td>
                <Badge color={order.status === 'signed' ? 'green' : 'gray'} variant="light">
                  {t(`staff:orderStatus.${order.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** HR orders, newest first, by status and kind. */
export function StaffOrdersPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [filters, setFilters, page] = useUrlState(['status', 'kind'] as const);
  const query = useStaffOrders({
    status: isOneOf(STAFF_ORDER_STATUSES, filters.status) ? filters.status : undefined,
    kind: isOneOf(STAFF_ORDER_KINDS, filters.kind) ? filters.kind : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  return (
    <Stack gap="md">
      <PageHeader
        testId="staff-orders-heading"
        title={t('staff:orders.title')}
        description={t('staff:orders.description')}
        actions={
          hasAbility(me, 'staff.order.create') && (
            <Button component={Link} to="/staff/orders/new" leftSection={<IconFilePlus size={16} aria-hidden />} data-testid="new-staff-order">
              {t('staff:orders.create')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Select label={t('staff:field.status')} clearable data={STAFF_ORDER_STATUSES.map((s) => ({ value: s, label: t(`staff:orderStatus.${s}`) }))} value={filters.status || null} onChange={(status) => setFilters({ status: status ?? '' })} />
        <Select label={t('staff:orderForm.kind')} clearable data={STAFF_ORDER_KINDS.map((k) => ({ value: k, label: t(`staff:orderKind.${k}`) }))} value={filters.kind || null} onChange={(kind) => setFilters({ kind: kind ?? '' })} />
      </SimpleGrid>
      <PagedList query={query} page={page} pageSize={PAGE_SIZE} onPage={(next) => setFilters({ page: String(next) })} empty={{ icon: <IconFileText size={28} aria-hidden />, title: t('staff:orders.empty'), description: t('staff:orders.emptyHint') }}>
        {(items) => <OrdersTable orders={items} />}
      </PagedList>
    </Stack>
  );
}
