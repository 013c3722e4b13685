import { Button, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ORDER_KINDS, type OrderKind } from '../../../../shared/modules/students/students.vocabulary.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { createOrder } from '../api/orders-api.ts';
import { useOrderChanged } from '../hooks/use-orders.ts';
import { useGroupOptions } from '../hooks/use-structure-options.ts';
import { DayInput } from './day-input.tsx';
import { emptyItem, orderRules, toOrderBody, type OrderFormValues } from './order-form-values.ts';
import { OrderItemFields } from './order-item-fields.tsx';
import type { StudentOption } from './student-picker.tsx';
import { vocabularyOptions } from './vocabulary.tsx';
import { isOneOf } from '../../../lib/is-one-of.ts';

interface OrderFormProps {
  initialKind?: OrderKind;
  /** a student chosen before the form opened (from their card) */
  initialStudent?: StudentOption | null;
}

/** Drafts an order: kind, dates, basis and one line per student; the server checks every line at once. */
export function OrderForm({ initialKind = 'enrol', initialStudent = null }: OrderFormProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const changed = useOrderChanged();
  const groups = useGroupOptions();
  const today = format.today();
  const form = useForm<OrderFormValues>({
    initialValues: {
      kind: initialKind,
      orderDate: today,
      effectiveDate: today,
      reason: '',
      items: [emptyItem(initialStudent?.value ?? null)],
    },
    validate: orderRules(t),
  });
  const firstKey = form.values.items[0]?.key;
  const mutation = useMutation({
    mutationFn: (values: OrderFormValues) => createOrder(toOrderBody(values)),
    onSuccess: (order) => {
      changed(order);
      notifications.show({ color: 'green', message: t('students:orderForm.drafted', { number: order.number }) });
      void navigate(`/orders/${order.id}`);
    },
  });

  const changeKind = (value: string | null) => {
    if (!isOneOf(ORDER_KINDS, value)) return;
    form.setValues({
      kind: value,
      items: form.values.items.map((item) => ({ ...emptyItem(item.studentId), key: item.key })),
    });
    form.clearErrors();
  };

  return (
    <form noValidate data-testid="order-form" aria-label={t('students:orderForm.title')} onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
      <Stack gap="md">
        {mutation.error && <ErrorAlert error={mutation.error} title={t('students:orderForm.refused')} />}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('students:order.kind')}
            required
            allowDeselect={false}
            data={vocabularyOptions(t, 'orderKind', ORDER_KINDS)}
            value={form.values.kind}
            onChange={changeKind}
            data-testid="order-kind"
          />
          <DayInput label={t('students:order.orderDate')} required {...form.getInputProps('orderDate')} data-testid="order-date" />
          <DayInput
            label={t('students:order.effectiveDate')}
            description={t('students:orderForm.effectiveHint')}
            required
            {...form.getInputProps('effectiveDate')}
            data-testid="order-effective-date"
          />
        </SimpleGrid>
        <Textarea
          label={t('students:order.reason')}
          description={t('students:order.reasonHint')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('reason')}
          data-testid="order-reason"
        />
        <Stack gap="sm" data-testid="order-items-fields">
          {form.values.items.map((item, index) => (
            <OrderItemFields
              key={item.key}
              form={form}
              index={index}
              onStudentChange={(id) => form.setFieldValue(`items.${index}.studentId`, id)}
              groupOptions={groups.options}
              initialStudent={item.key === firstKey ? initialStudent : null}
              onRemove={form.values.items.length > 1 ? () => form.removeListItem('items', index) : undefined}
            />
          ))}
        </Stack>
        <Group justify="space-between" gap="xs">
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem('items', emptyItem())}
            data-testid="add-item"
          >
            {t('students:orderForm.addItem')}
          </Button>
          <Group gap="xs">
            <Button variant="default" onClick={() => void navigate(-1)}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="order-submit">
              {t('students:orderForm.submit')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
