import { BarChart } from '@mantine/charts';
import { Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContingentReportDto } from '../../../../shared/modules/students/students-reports.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useReportKeyLabel } from './report-labels.ts';

const KINDS = ['course', 'age', 'gender', 'nationality'] as const;
const COLORS = { course: 'blue.6', age: 'teal.6', gender: 'grape.6', nationality: 'orange.6' } as const;

/** One distribution as a bar chart, with its numbers written out under it (for those who read rather than look). */
function DistributionChart({ kind, report }: { kind: (typeof KINDS)[number]; report: ContingentReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const keyLabel = useReportKeyLabel();
  const data = report.distributions[kind].map((item) => ({ label: keyLabel(kind, item.key, report.labels), count: item.count }));
  const titleId = `report-chart-${kind}`;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={titleId} data-testid={titleId}>
      <Title order={3} size="h6" id={titleId} mb="xs">
        {t(`students-reports:distribution.${kind}`)}
      </Title>
      <BarChart
        h={200}
        data={data}
        dataKey="label"
        series={[{ name: 'count', label: t('students-reports:distribution.count'), color: COLORS[kind] }]}
        tickLine="y"
        withTooltip
        aria-hidden
      />
      <Text size="xs" c="dimmed" mt="xs" data-testid={`${titleId}-values`}>
        {data.map((item) => `${item.label}: ${format.number(item.count)}`).join(' · ')}
      </Text>
    </Card>
  );
}

/** The distributions by course, age, gender and nationality on the report's date. */
export function ReportCharts({ report }: { report: ContingentReportDto }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="report-distributions">
      <Title order={2} size="h5" id="report-distributions" mb="sm">
        {t('students-reports:distribution.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {KINDS.map((kind) => (
          <DistributionChart key={kind} kind={kind} report={report} />
        ))}
      </SimpleGrid>
    </section>
  );
}
