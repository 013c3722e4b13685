import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { TuitionDto } from '../../../../shared/modules/finance/finance.contracts.ts';
import { academicYearLabel } from '../../../../shared/modules/finance/rules/academic-year.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { getTuition, tuitionQueryKey } from '../api/finance-api.ts';

function TuitionBadge({ tuition }: { tuition: TuitionDto }) {
  const { t } = useTranslation();
  if (tuition.priceMissing) {
    return (
      <Badge size="sm" color="yellow" variant="light" data-testid="tuition-badge">
        {t('finance:tuition.priceMissingBadge')}
      </Badge>
    );
  }
  return (
    <Badge size="sm" color={tuition.isPaid ? 'green' : 'red'} variant={tuition.isPaid ? 'light' : 'filled'} data-testid="tuition-badge">
      {t(tuition.isPaid ? 'finance:tuition.isPaid' : 'finance:tuition.isDue')}
    </Badge>
  );
}

function TuitionFigures({ tuition }: { tuition: TuitionDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const som = (amount: number) => format.number(amount);
  if (tuition.funding === 'grant') return <Text size="sm">{t('finance:tuition.grant')}</Text>;
  if (tuition.priceMissing) {
    return (
      <Text size="sm" c="yellow.9" data-testid="tuition-price-missing">
        {t('finance:tuition.priceMissing', { program: tuition.programCode, form: t(`students:studyForm.${tuition.studyForm}`), year: academicYearLabel(tuition.academicYear) })}
      </Text>
    );
  }
  return (
    <Stack gap={2}>
      <Text size="sm" data-testid="tuition-formula">
        {tuition.credits === 0 ? t('finance:tuition.noCredits') : t('finance:tuition.formula', { credits: tuition.credits, price: som(tuition.pricePerCredit ?? 0), tuition: som(tuition.tuition) })}
      </Text>
      <Group gap="md">
        <Text size="sm">{t('finance:tuition.paid', { amount: som(tuition.paid) })}</Text>
        <Text size="sm" fw={tuition.due > 0 ? 600 : undefined} c={tuition.due > 0 ? 'red' : undefined} data-testid="tuition-due">
          {t('finance:tuition.due', { amount: som(tuition.due) })}
        </Text>
      </Group>
    </Stack>
  );
}

/** A student's tuition for one term: credits × price, paid, due, and a paid / due badge. Loads its own data. */
export function TuitionCard({ studentId, academicYear, term }: { studentId: string; academicYear: number; term: Term }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: tuitionQueryKey(studentId, academicYear, term), queryFn: () => getTuition(studentId, academicYear, term) });
  return (
    <Card withBorder padding="sm" data-testid="tuition-term" data-term={term}>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600}>
          {t(`finance:term.${term}`)}
        </Text>
        {query.data && <TuitionBadge tuition={query.data} />}
      </Group>
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <TuitionFigures tuition={query.data} />}
    </Card>
  );
}
