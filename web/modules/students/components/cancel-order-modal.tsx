import { Button, Group, Modal, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { OrderDto } from '../../../../shared/modules/students/students.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { createOrder } from '../api/orders-api.ts';
import { useOrderChanged } from '../hooks/use-orders.ts';
import { DayInput } from './day-input.tsx';

interface CancelValues {
  orderDate: string | null;
  effectiveDate: string | null;
  reason: string;
}

/** Drafts the order that cancels a signed one; it changes nothing until it is signed too. */
export function CancelOrderModal({ order, opened, onClose }: { order: OrderDto; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const changed = useOrderChanged();
  const today = format.today();
  const form = useForm<CancelValues>({
    initialValues: { orderDate: today, effectiveDate: today, reason: '' },
    validate: {
      orderDate: (value) => (value ? null : t('common:form.required')),
      effectiveDate: (value) => (value ? null : t('common:form.required')),
      reason: (value) => (value.trim() === '' ? t('common:form.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: CancelValues) =>
      createOrder({
        kind: 'cancel',
        cancelsOrderId: order.id,
        orderDate: values.orderDate ?? today,
        effectiveDate: values.effectiveDate ?? today,
        reason: values.reason.trim(),
      }),
    onSuccess: (draft) => {
      changed(draft);
      notifications.show({ color: 'green', message: t('students:order.cancelDrafted', { number: draft.number }) });
      onClose();
      void navigate(`/orders/${draft.id}`);
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('students:order.cancelTitle', { number: order.number })} size="lg">
      <form noValidate data-testid="cancel-order-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          <Text size="sm">{t('students:order.cancelExplanation', { number: order.number })}</Text>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DayInput label={t('students:order.orderDate')} required {...form.getInputProps('orderDate')} />
            <DayInput label={t('students:order.effectiveDate')} required {...form.getInputProps('effectiveDate')} />
          </SimpleGrid>
          <Textarea label={t('students:order.reason')} description={t('students:order.reasonHint')} required autosize minRows={2} data-autofocus {...form.getInputProps('reason')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" color="red" loading={mutation.isPending} data-testid="cancel-order-submit">
              {t('students:order.cancelSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
