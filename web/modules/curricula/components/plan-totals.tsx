import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format.ts';
import { creditsByYear } from './plan-draft.ts';

/**
 * Credits per semester and per year of study, and the plan's total (of what the editor holds now); when a plan
 * has Minor lines, each semester's credits split into Major and Minor.
 */
export function PlanTotals({ bySemester, minorBySemester }: { bySemester: number[]; minorBySemester: number[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const years = creditsByYear(bySemester);
  const total = bySemester.reduce((a, b) => a + b, 0);
  const withMinor = bySemester.map((credits, i) => ({ semester: i + 1, minor: minorBySemester[i] ?? 0, major: credits - (minorBySemester[i] ?? 0) })).filter((s) => s.minor > 0);
  return (
    <Paper withBorder p="sm" data-testid="plan-totals">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('curricula:totals.title')}</Title>
        <Table fz="sm" withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('curricula:totals.year')}</Table.Th>
              <Table.Th>{t('curricula:totals.semesters')}</Table.Th>
              <Table.Th ta="right">{t('curricula:totals.credits')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {years.map((credits, y) => (
              <Table.Tr key={y} data-testid="year-total">
                <Table.Td>{y + 1}</Table.Td>
                <Table.Td>{bySemester.slice(y * 2, y * 2 + 2).map((c) => format.number(c)).join(' + ')}</Table.Td>
                <Table.Td ta="right" fw={600}>{format.number(credits)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" fw={600} data-testid="plan-total">
          {t('curricula:totals.total', { credits: format.number(total) })}
        </Text>
        {withMinor.length > 0 && (
          <Stack gap={2} data-testid="plan-tracks">
            <Text size="sm" fw={600}>{t('curricula:totals.tracks')}</Text>
            {withMinor.map((s) => (
              <Text key={s.semester} size="sm" data-testid="semester-tracks">
                {t('curricula:totals.trackSplit', { semester: s.semester, major: format.number(s.major), minor: format.number(s.minor) })}
              </Text>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
