import { Anchor, Badge, Button, EmptyState, Stack, Table } from '@mantine/core';
import { IconFileSpreadsheet, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StaffListRowDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { staffListExportUrl } from '../api/staff-api.ts';
import { AsOfFilters, useAsOf } from '../components/as-of-filters.tsx';
import { useStaffList } from '../hooks/use-staff.ts';

const PAGE_SIZE = 100;

function ListTable({ rows, offset }: { rows: StaffListRowDto[]; offset: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing={6} fz="sm" data-testid="staff-list-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>№</Table.Th>
            <Table.Th>{t('staff:field.fullName')}</Table.Th>
            <Table.Th>{t('staff:field.unit')}</Table.Th>
            <Table.Th>{t('staff:field.position')}</Table.Th>
            <Table.Th>{t('staff:field.rate')}</Table.Th>
            <Table.Th>{t('staff:field.employment')}</Table.Th>
            <Table.Th>{t('staff:field.degree')}</Table.Th>
            <Table.Th>{t('staff:field.since')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={`${row.cardId}-${row.unitId}-${row.positionName}`} data-testid="staff-list-row">
              <Table.Td>{offset + i + 1}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/staff/cards/${row.cardId}`} size="sm">
                  {row.fullName}
                </Anchor>{' '}
                {row.status === 'onLeave' && <Badge color="yellow" variant="light" size="xs">{t('staff:appointmentStatus.onLeave')}</Badge>}
              </Table.Td>
              <Table.Td>{row.unitName}</Table.Td>
              <Table.Td>{row.positionName}</Table.Td>
              <Table.Td>{format.number(row.rate)}</Table.Td>
              <Table.Td>{t(`staff:employment.${row.employment}`)}</Table.Td>
              <Table.Td>{t(`staff:degree.${row.degree}`)}</Table.Td>
              <Table.Td>{format.day(row.validFrom)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Who works in a department, a faculty or the university on a day, as signed orders say; with an XLSX export. */
export function StaffListPage() {
  const { t } = useTranslation();
  const asOf = useAsOf();
  const query = useStaffList(asOf.query);
  const [wanted, setPage] = useState(1);
  const items = query.data?.items ?? [];
  // another unit or day may have fewer pages than the one shown before
  const page = Math.min(wanted, Math.max(1, Math.ceil(items.length / PAGE_SIZE)));
  return (
    <Stack gap="md">
      <PageHeader
        testId="staff-list-heading"
        title={t('staff:list.title')}
        description={t('staff:list.description')}
        actions={
          <Button component="a" href={staffListExportUrl(asOf.query)} variant="light" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} data-testid="export-staff-list">
            {t('staff:list.export')}
          </Button>
        }
      />
      <AsOfFilters asOf={asOf} />
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : items.length === 0 ? (
        <EmptyState icon={<IconUsers size={28} aria-hidden />} title={t('staff:list.empty')} description={t('staff:list.emptyHint')} />
      ) : (
        <>
          <ListTable rows={items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)} offset={(page - 1) * PAGE_SIZE} />
          <PagedFooter page={page} pageSize={PAGE_SIZE} total={items.length} totalCapped={false} onPage={setPage} />
        </>
      )}
    </Stack>
  );
}
