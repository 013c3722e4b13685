import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { HoldDto } from '../../../../shared/modules/registration/registration.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { holdsQueryKey, liftHold } from '../api/holds-api.ts';

/** Lifts a hold with a note, after saying what lifting does. */
export function LiftHoldModal({ hold, onClose }: { hold: HoldDto; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm({ initialValues: { note: '' }, validate: { note: (value) => (value.trim() === '' ? t('common:form.required') : null) } });
  const mutation = useMutation({
    mutationFn: (note: string) => liftHold(hold.id, note),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: holdsQueryKey(hold.studentId) });
      onClose();
    },
    // lifted meanwhile by someone else: show the list as it is now, with the refusal
    onError: () => void client.invalidateQueries({ queryKey: holdsQueryKey(hold.studentId) }),
  });
  const kind = t(`registration:kind.${hold.kind}`);
  return (
    <Modal opened onClose={onClose} title={t('registration:holds.liftTitle', { kind })} centered>
      <form noValidate data-testid="lift-hold-form" onSubmit={form.onSubmit((values) => mutation.mutate(values.note.trim()))}>
        <Stack gap="sm">
          <Text size="sm">{t('registration:holds.liftConsequences')}</Text>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <Textarea label={t('registration:holds.note')} placeholder={t('registration:holds.notePlaceholder')} required autosize minRows={2} data-autofocus data-testid="lift-note" {...form.getInputProps('note')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="lift-hold-submit">
              {t('registration:holds.lift')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
