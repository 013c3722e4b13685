import { Button, Card, EmptyState, Stack, Text } from '@mantine/core';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CONTINGENT_DIMENSIONS, type ContingentDimension } from '../../../../shared/modules/students/rules/contingent.ts';
import type { ContingentQuery } from '../../../../shared/modules/students/students-reports.contracts.ts';
import { STUDENT_STATUSES, type StudentStatus } from '../../../../shared/modules/students/students.vocabulary.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { ReportCharts } from '../components/report-charts.tsx';
import { ReportControls, type ReportSettings } from '../components/report-controls.tsx';
import { ReportPivotTable } from '../components/report-pivot-table.tsx';
import { contingentXlsxUrl, useContingent } from '../components/report-query.ts';

const KEYS = ['date', 'rows', 'columns', 'facultyId', 'programId', 'statuses'] as const;
const DEFAULT_ROWS: ContingentDimension[] = ['faculty'];
const DEFAULT_COLUMN: ContingentDimension = 'course';
const DEFAULT_STATUSES: StudentStatus[] = ['active', 'onLeave'];
/** "no row dimensions" in the address (an empty value means the default) */
const NONE = '-';

const listOf = <T extends string>(text: string, allowed: readonly T[]) => text.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));

/** The report's settings from the address: anything missing or broken falls back to the defaults. */
function settingsOf(state: Record<(typeof KEYS)[number], string>, today: string): ReportSettings {
  const rows = state.rows === NONE ? [] : state.rows ? listOf(state.rows, CONTINGENT_DIMENSIONS) : DEFAULT_ROWS;
  const column = state.columns === NONE ? null : (listOf(state.columns, CONTINGENT_DIMENSIONS)[0] ?? DEFAULT_COLUMN);
  const statuses = state.statuses ? listOf(state.statuses, STUDENT_STATUSES) : DEFAULT_STATUSES;
  return {
    date: /^\d{4}-\d{2}-\d{2}$/.test(state.date) ? state.date : today,
    rows,
    column: column && rows.includes(column) ? null : column,
    facultyId: state.facultyId,
    programId: state.programId,
    statuses: statuses.length ? statuses : DEFAULT_STATUSES,
  };
}

function queryOf(settings: ReportSettings): ContingentQuery {
  return {
    date: settings.date,
    ...(settings.rows.length ? { rows: settings.rows.join(',') } : {}),
    ...(settings.column ? { columns: settings.column } : {}),
    ...(settings.facultyId ? { facultyId: settings.facultyId } : {}),
    ...(settings.programId ? { programId: settings.programId } : {}),
    statuses: settings.statuses.join(','),
  };
}

/** A change of the settings as a change of the address. */
function addressOf(patch: Partial<ReportSettings>): Partial<Record<(typeof KEYS)[number], string>> {
  return {
    ...(patch.date !== undefined ? { date: patch.date } : {}),
    ...(patch.rows !== undefined ? { rows: patch.rows.length ? patch.rows.join(',') : NONE } : {}),
    ...(patch.column !== undefined ? { columns: patch.column ?? NONE } : {}),
    ...(patch.facultyId !== undefined ? { facultyId: patch.facultyId } : {}),
    ...(patch.programId !== undefined ? { programId: patch.programId } : {}),
    ...(patch.statuses !== undefined ? { statuses: patch.statuses.join(',') } : {}),
  };
}

/** The contingent of students as of a date: a pivot by the chosen dimensions with totals, the distributions as charts, XLSX. */
export function ContingentReportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useUrlState(KEYS);
  const settings = settingsOf(state, format.today());
  const query = queryOf(settings);
  const report = useContingent(query);
  const change = (patch: Partial<ReportSettings>) => setState(addressOf(patch));
  return (
    <Stack gap="md">
      <PageHeader
        testId="report-heading"
        title={t('students-reports:title')}
        description={t('students-reports:hint')}
        actions={
          <Button component="a" href={contingentXlsxUrl(query)} download variant="default" leftSection={<IconDownload size={16} aria-hidden />} data-testid="report-xlsx">
            {t('students-reports:exportXlsx')}
          </Button>
        }
      />
      <Card withBorder padding="md">
        <ReportControls settings={settings} onChange={change} />
      </Card>
      {report.isPending ? (
        <LoadingState />
      ) : report.error ? (
        <QueryError error={report.error} />
      ) : report.data.total === 0 ? (
        <EmptyState icon={<IconChartBar size={28} aria-hidden />} title={t('students-reports:empty')} description={t('students-reports:emptyHint')} />
      ) : (
        <>
          <Text fw={600} data-testid="report-total">
            {t('students-reports:totalCount', { count: report.data.total })}
          </Text>
          <ReportPivotTable key={JSON.stringify(query)} report={report.data} />
          <ReportCharts report={report.data} />
        </>
      )}
    </Stack>
  );
}
