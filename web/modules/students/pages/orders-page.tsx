import { Button, Group, Select, Stack } from '@mantine/core';
import { IconFilePlus, IconFileText } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ORDER_KINDS, ORDER_STATUSES } from '../../../../shared/modules/students/students.vocabulary.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { OrdersTable } from '../components/orders-table.tsx';
import { vocabularyOptions } from '../components/vocabulary.tsx';
import { useOrders } from '../hooks/use-orders.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

const PAGE_SIZE = 50;
const ALL_KINDS = [...ORDER_KINDS, 'cancel'] as const;

/** Orders: filter by status, kind and year; draft a new one. */
export function OrdersPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  const [filters, setFilters, page] = useUrlState(['status', 'kind', 'year'] as const);
  const thisYear = Number(format.today().slice(0, 4));
  const years = Array.from({ length: 10 }, (_, index) => String(thisYear - index));
  const query = useOrders({
    status: isOneOf(ORDER_STATUSES, filters.status) ? filters.status : undefined,
    kind: isOneOf(ALL_KINDS, filters.kind) ? filters.kind : undefined,
    year: /^\d{4}$/.test(filters.year) ? Number(filters.year) : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const filtered = Boolean(filters.status || filters.kind || filters.year);

  return (
    <Stack gap="md">
      <PageHeader
        testId="orders-heading"
        title={t('students:orders.title')}
        description={t('students:orders.description')}
        actions={
          hasAbility(me, 'students.order.create') && (
            <Button component={Link} to="/orders/new" leftSection={<IconFilePlus size={16} aria-hidden />} data-testid="new-order">
              {t('students:orders.new')}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('students:orders.filters')}>
        <Select
          label={t('students:order.status')}
          placeholder={t('common:filter.any')}
          data={vocabularyOptions(t, 'orderStatus', ORDER_STATUSES)}
          clearable
          w={180}
          value={filters.status || null}
          onChange={(value) => setFilters({ status: value ?? '' })}
          data-testid="filter-order-status"
        />
        <Select
          label={t('students:order.kind')}
          placeholder={t('common:filter.any')}
          data={vocabularyOptions(t, 'orderKind', ALL_KINDS)}
          clearable
          w={260}
          value={filters.kind || null}
          onChange={(value) => setFilters({ kind: value ?? '' })}
          data-testid="filter-order-kind"
        />
        <Select
          label={t('students:order.year')}
          placeholder={t('common:filter.any')}
          data={years}
          clearable
          w={120}
          value={filters.year || null}
          onChange={(value) => setFilters({ year: value ?? '' })}
          data-testid="filter-order-year"
        />
      </Group>
      <PagedList query={query} page={page} pageSize={PAGE_SIZE} onPage={(next) => setFilters({ page: String(next) })} empty={{ icon: <IconFileText size={28} aria-hidden />, title: t('students:orders.empty'), description: filtered ? t('common:filter.emptyHint') : t('students:orders.emptyHint') }}>
        {(items) => <OrdersTable orders={items} />}
      </PagedList>
    </Stack>
  );
}
