import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HoldKind } from '../../../../shared/modules/registration/registration.hold-kinds.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { parseDayInput } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { holdsQueryKey, setHold } from '../api/holds-api.ts';

interface Values {
  kind: HoldKind;
  reason: string;
  since: string | null;
  until: string | null;
}

/** Sets a hold of one of the kinds the server says the reader may set; the server checks again. */
export function SetHoldModal({ studentId, kinds, today, onClose }: { studentId: string; kinds: HoldKind[]; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: { kind: kinds[0]!, reason: '', since: today, until: null },
    validate: {
      reason: (value) => (value.trim() === '' ? t('common:form.required') : null),
      since: (value) => (value ? null : t('common:form.required')),
      until: (value, values) => (value && values.since && value < values.since ? t('registration:holds.untilBeforeSince') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => setHold(studentId, { kind: v.kind, reason: v.reason.trim(), since: v.since ?? today, until: v.until }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: holdsQueryKey(studentId) });
      onClose();
    },
  });
  const day = { valueFormat: format.dateInput, dateParser: (text: string) => parseDayInput(text), placeholder: t('registration:holds.datePlaceholder') };
  return (
    <Modal opened onClose={onClose} title={t('registration:holds.setTitle')} size="lg">
      <form noValidate data-testid="set-hold-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <Select
            label={t('registration:holds.kindLabel')}
            required
            allowDeselect={false}
            data={kinds.map((kind) => ({ value: kind, label: `${t(`registration:kind.${kind}`)} — ${t(`registration:kindHint.${kind}`)}` }))}
            data-testid="hold-kind"
            {...form.getInputProps('kind')}
          />
          <Textarea label={t('registration:holds.reason')} placeholder={t('registration:holds.reasonPlaceholder')} required autosize minRows={2} data-testid="hold-reason" {...form.getInputProps('reason')} />
          <Group grow align="flex-start">
            <DateInput label={t('registration:holds.since')} required {...day} data-testid="hold-since" {...form.getInputProps('since')} />
            <DateInput label={t('registration:holds.until')} description={t('registration:holds.untilHint')} clearable {...day} data-testid="hold-until" {...form.getInputProps('until')} />
          </Group>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending} data-testid="set-hold-submit">
              {t('registration:holds.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
