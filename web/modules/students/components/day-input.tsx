import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDayInput } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';

/** A calendar day (yyyy-mm-dd), typed as dd.mm.yyyy or picked; usable from the keyboard alone. */
export function DayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DateInput
      placeholder={t('students:form.datePlaceholder')}
      {...props}
      valueFormat={format.dateInput}
      dateParser={(text) => parseDayInput(text)}
    />
  );
}
