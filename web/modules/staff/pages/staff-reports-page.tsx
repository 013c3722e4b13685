import { Card, EmptyState, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconChartBar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffReportDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { AsOfFilters, useAsOf } from '../components/as-of-filters.tsx';
import { useStaffReport } from '../hooks/use-staff.ts';

interface Row {
  key: string;
  label: ReactNode;
  cells: ReactNode[];
}

function ReportTable({ id, title, head, rows }: { id: string; title: string; head: string[]; rows: Row[] }) {
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={id}>
      <Title order={2} size="h5" id={id} mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={320}>
        <Table striped verticalSpacing={4} fz="sm">
          <Table.Thead>
            <Table.Tr>
              {head.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                {row.cells.map((cell, i) => (
                  <Table.Td key={i}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function Report({ report }: { report: StaffReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = [t('staff:report.headcount'), t('staff:report.totalRate')];
  const cells = (r: { headcount: number; totalRate: number }) => [r.headcount, format.number(r.totalRate)];
  if (report.totals.headcount === 0) return <EmptyState icon={<IconChartBar size={28} aria-hidden />} title={t('staff:report.empty')} description={t('staff:list.emptyHint')} />;
  return (
    <Stack gap="md">
      <Text data-testid="report-totals">{t('staff:report.totals', { headcount: report.totals.headcount, rate: format.number(report.totals.totalRate), date: format.day(report.date) })}</Text>
      <ReportTable
        id="report-by-position"
        title={t('staff:report.byDepartmentPosition')}
        head={[t('staff:field.unit'), t('staff:field.position'), ...counts]}
        rows={report.byDepartmentPosition.map((r) => ({ key: `${r.unitId}-${r.positionId}`, label: r.unitName, cells: [r.positionName, ...cells(r)] }))}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ReportTable id="report-by-degree" title={t('staff:report.byDegree')} head={[t('staff:field.degree'), ...counts]} rows={report.byDegree.map((r) => ({ key: r.degree, label: t(`staff:degree.${r.degree}`), cells: cells(r) }))} />
        <ReportTable id="report-by-title" title={t('staff:report.byTitle')} head={[t('staff:field.title'), ...counts]} rows={report.byTitle.map((r) => ({ key: r.title, label: t(`staff:academicTitle.${r.title}`), cells: cells(r) }))} />
        <ReportTable id="report-by-employment" title={t('staff:report.byEmployment')} head={[t('staff:field.employment'), ...counts]} rows={report.byEmployment.map((r) => ({ key: r.employment, label: t(`staff:employment.${r.employment}`), cells: cells(r) }))} />
        <ReportTable
          id="report-by-age"
          title={t('staff:report.byAge')}
          head={[t('staff:report.age'), t('staff:report.headcount'), t('staff:gender.female'), t('staff:gender.male')]}
          rows={report.byAge.map((r) => ({ key: r.band, label: t(`staff:ageBand.${r.band}`), cells: [r.headcount, r.female, r.male] }))}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** Staff reports as of a day: headcount and rates by department and position, degree, title, employment kind and age. */
export function StaffReportsPage() {
  const { t } = useTranslation();
  const asOf = useAsOf();
  const query = useStaffReport(asOf.query);
  return (
    <Stack gap="md">
      <PageHeader testId="staff-reports-heading" title={t('staff:report.title')} description={t('staff:report.description')} />
      <AsOfFilters asOf={asOf} />
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <Report report={query.data} />}
    </Stack>
  );
}
