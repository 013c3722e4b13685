import { Select, type SelectProps } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { parseDayInput } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useUnitOptions } from '../../org/index.ts';

/** Inputs the staff forms share: a calendar day, a choice from a vocabulary, a department. */

/** A day (yyyy-mm-dd) typed as dd.mm.yyyy or picked from the calendar. */
export function StaffDayInput(props: Omit<DateInputProps, 'valueFormat' | 'dateParser' | 'placeholder'>) {
  const { t } = useTranslation();
  const format = useFormat();
  return <DateInput placeholder={t('staff:form.datePlaceholder')} {...props} valueFormat={format.dateInput} dateParser={(text) => parseDayInput(text)} />;
}

/** A Select over a fixed vocabulary, labelled from the `staff:<group>` keys. */
export function VocabularySelect({ group, values, ...props }: Omit<SelectProps, 'data'> & { group: string; values: readonly string[] }) {
  const { t } = useTranslation();
  return <Select allowDeselect={false} {...props} data={values.map((value) => ({ value, label: t(`staff:${group}.${value}`) }))} />;
}

/** A unit of the structure (departments only, or faculties and the university too). */
export function UnitSelect({ departmentsOnly = false, ...props }: Omit<SelectProps, 'data'> & { departmentsOnly?: boolean }) {
  const units = useUnitOptions(true, departmentsOnly ? ['department'] : ['university', 'faculty', 'department']);
  return <Select searchable {...props} data={units.options} disabled={props.disabled ?? units.isLoading} />;
}

