import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../lib/use-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { StaffDayInput, UnitSelect } from './staff-fields.tsx';

/** The unit and the day a staff list or report is of, kept in the address (today and everywhere by default). */
export function useAsOf() {
  const format = useFormat();
  const [values, set] = useUrlState(['unit', 'date'] as const);
  const query = { unitId: values.unit || undefined, date: values.date || format.today() };
  return { query, values, set };
}

export function AsOfFilters({ asOf }: { asOf: ReturnType<typeof useAsOf> }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      <UnitSelect label={t('staff:asOf.unit')} placeholder={t('staff:asOf.everywhere')} clearable value={asOf.values.unit || null} onChange={(unit) => asOf.set({ unit: unit ?? '' })} data-testid="as-of-unit" />
      <StaffDayInput label={t('staff:asOf.date')} value={asOf.query.date} onChange={(date) => asOf.set({ date: date ?? '' })} data-testid="as-of-date" />
    </SimpleGrid>
  );
}
