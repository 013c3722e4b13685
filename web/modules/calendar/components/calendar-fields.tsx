import { Button, Group, Select, type SelectProps } from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
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

/** The end of a modal form: the server's refusal if any, Cancel and the submit button. */
export function FormFooter({ error, loading, submitTestId, onCancel }: { error: unknown; loading: boolean; submitTestId: string; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <>
      {error != null && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common:action.cancel')}
        </Button>
        <Button type="submit" loading={loading} data-testid={submitTestId}>
          {t('common:action.save')}
        </Button>
      </Group>
    </>
  );
}
