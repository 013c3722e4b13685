import { Button, Group, Select, type SelectProps } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
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

/** Is `value` one of `list`? (a narrowing for values read from the address or a select) */
export function isOneOf<T extends string>(list: readonly T[], value: string | null | undefined): value is T {
  return value != null && (list as readonly string[]).includes(value);
}

/** The end of a modal form: the server's refusal if any, Cancel and the submit button. */
export function ModalFormFooter({ error, loading, submitLabel, submitTestId, onCancel }: { error: unknown; loading: boolean; submitLabel: string; submitTestId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {error != null && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common:action.cancel')}
        </Button>
        <Button type="submit" loading={loading} data-testid={submitTestId}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
