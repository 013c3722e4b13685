import { Button, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { STAFF_ORDER_KINDS } from '../../../../shared/modules/staff/staff.vocabulary.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { createStaffOrder } from '../api/staff-api.ts';
import { useStaffCard, useStaffCards, useStaffChanged } from '../hooks/use-staff.ts';
import { StaffDayInput } from './staff-fields.tsx';
import { StaffOrderFields } from './staff-order-fields.tsx';
import { initialValues, orderRules, toBody, type StaffOrderValues } from './staff-order-values.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

/** The person the order is about: a staff card found by name as the user types. */
function CardPicker({ value = null, onChange, error, initialLabel }: { value?: string | null; onChange: (id: string | null) => void; error?: string | undefined; initialLabel: string | undefined }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const cards = useStaffCards({ q, page: 1, pageSize: 20 }, q.length >= 2);
  const data = (cards.data?.items ?? []).map((c) => ({ value: c.id, label: c.fullName }));
  if (value && initialLabel && !data.some((d) => d.value === value)) data.unshift({ value, label: initialLabel });
  return <Select label={t('staff:orderForm.person')} required searchable data={data} value={value} error={error} onSearchChange={setSearch} filter={({ options }) => options} onChange={onChange} data-testid="order-card" />;
}

/** Drafts an HR order about one person; the server checks it at once against their appointments. */
export function StaffOrderForm({ initialCardId }: { initialCardId: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const changed = useStaffChanged();
  const form = useForm<StaffOrderValues>({ initialValues: initialValues(initialCardId, format.today()), validate: orderRules(t) });
  const card = useStaffCard(form.values.cardId);
  const mutation = useMutation({
    mutationFn: (values: StaffOrderValues) => createStaffOrder(toBody(values)),
    onSuccess: (order) => {
      changed(order);
      notifications.show({ color: 'green', message: t('staff:orderForm.drafted', { number: order.number }) });
      void navigate(`/staff/orders/${order.id}`);
    },
  });
  const changeKind = (value: string | null) => {
    if (!isOneOf(STAFF_ORDER_KINDS, value)) return;
    form.setValues({ kind: value, rate: value === 'hire' ? 1 : '', unitId: null, positionId: null, appointmentId: null });
    form.clearErrors();
  };

  return (
    <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate aria-label={t('staff:orderForm.title')}>
      <Stack gap="md" maw={820}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <CardPicker {...form.getInputProps('cardId')} initialLabel={card.data?.fullName} />
          <Select label={t('staff:orderForm.kind')} required allowDeselect={false} data={STAFF_ORDER_KINDS.map((kind) => ({ value: kind, label: t(`staff:orderKind.${kind}`) }))} value={form.values.kind} onChange={changeKind} data-testid="order-kind" />
          <StaffDayInput label={t('staff:orderForm.orderDate')} required {...form.getInputProps('orderDate')} data-testid="order-date" />
          <StaffDayInput label={t('staff:orderForm.effectiveDate')} required {...form.getInputProps('effectiveDate')} data-testid="order-effective" />
        </SimpleGrid>
        <StaffOrderFields form={form} current={card.data?.current ?? []} />
        <Textarea label={t('staff:orderForm.basis')} description={t('staff:orderForm.basisHint')} required autosize minRows={2} {...form.getInputProps('basis')} data-testid="order-basis-input" />
        {mutation.error && <ErrorAlert error={mutation.error} title={t('staff:orderForm.refused')} />}
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} leftSection={<IconPlus size={16} aria-hidden />} data-testid="submit-staff-order">
            {t('staff:orderForm.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
