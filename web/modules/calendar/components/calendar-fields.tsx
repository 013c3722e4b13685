import { Select, type SelectProps } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDayInput } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';

/** Inputs the calendar's forms share: a day, a choice from a vocabulary, the end of a modal form. */

/** A day (yyyy-mm-dd) typed as dd.mm.yyyy or picked from the calendar. */
export function CalendarDayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser' | 'placeholder'>) {
  const { t } = useTranslation();
  const format = useFormat();
  return <DateInput placeholder={t('calendar:field.datePlaceholder')} {...props} valueFormat={format.dateInput} dateParser={(text) => parseDayInput(text)} />;
}

/** A Select over a fixed vocabulary, labelled from the `calendar:<group>` keys. */
export function CalendarSelect({ group, values, ...props }: Omit<SelectProps, 'data'> & { group: string; values: readonly string[] }) {
  const { t } = useTranslation();
  return <Select allowDeselect={false} {...props} data={values.map((value) => ({ value, label: t(`calendar:${group}.${value}`) }))} />;
}

