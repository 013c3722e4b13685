import { Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { YearDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import * as calendarApi from '../api/calendar-api.ts';
import { useCalendarChange } from '../hooks/use-calendar.ts';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

/** A new academic year's calendar from the preset; the registrar edits it afterwards. */
export function CreateYearModal({ startYear, onCreated, onClose }: { startYear: number; onCreated: (year: YearDto) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<{ startYear: number | string }>({ initialValues: { startYear }, validate: { startYear: (v) => (Number.isInteger(Number(v)) && Number(v) >= 2000 && Number(v) <= 2100 ? null : t('common:form.required')) } });
  const create = useCalendarChange((year: number) => calendarApi.createYear(year));
  return (
    <Modal opened onClose={onClose} title={t('calendar:page.createTitle')}>
      <form
        onSubmit={form.onSubmit((v) =>
          create.mutate(Number(v.startYear), {
            onSuccess: (year) => {
              notifications.show({ color: 'green', message: t('calendar:page.created', { code: year.code }) });
              onCreated(year);
            },
          }),
        )}
        noValidate
      >
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('calendar:page.createHint')}
          </Text>
          <NumberInput label={t('calendar:field.startYear')} min={2000} max={2100} allowDecimal={false} required {...form.getInputProps('startYear')} data-testid="create-year-start" />
          <ModalFormFooter error={create.error} loading={create.isPending} submitTestId="create-year-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
