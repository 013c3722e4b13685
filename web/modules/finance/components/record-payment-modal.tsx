import { Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TERMS, type Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { PAYMENT_PURPOSES, type PaymentPurpose } from '../../../../shared/modules/finance/finance.vocabulary.ts';
import { academicYearLabel } from '../../../../shared/modules/finance/rules/academic-year.ts';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';
import { parseDayInput } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { paymentsQueryKey, recordPayment, searchDisciplines } from '../api/finance-api.ts';
import { parseSom } from './amount.ts';

interface Values {
  academicYear: string;
  term: Term;
  purpose: PaymentPurpose;
  disciplineId: string | null;
  amount: string;
  paidOn: string | null;
  reference: string;
}

/** The re-studied discipline, searched in the catalog by code or name. */
function DisciplineField(props: { value: string | null; onChange: (value: string | null) => void; error?: ReactNode }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const [search, setSearch] = useState('');
  const query = useQuery({ queryKey: ['finance-disciplines', search.trim()], queryFn: ({ signal }) => searchDisciplines(search.trim(), signal), enabled: search.trim().length > 0 });
  const data = (query.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.code} — ${d.name[lang] || d.name.ru}` }));
  return (
    <Select
      label={t('finance:payments.discipline')}
      placeholder={t('finance:payments.disciplinePlaceholder')}
      required
      searchable
      filter={({ options }) => options}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      nothingFoundMessage={query.isFetching ? undefined : '—'}
      data-testid="payment-discipline"
    />
  );
}

/** Records a payment the student made; the server checks the day, the amount and the discipline again. */
export function RecordPaymentModal({ studentId, academicYear, today, onClose }: { studentId: string; academicYear: number; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: { academicYear: String(academicYear), term: 'autumn', purpose: 'tuition', disciplineId: null, amount: '', paidOn: today, reference: '' },
    validate: {
      amount: (value) => (parseSom(value) === null ? t('finance:payments.amountPositive') : null),
      paidOn: (value) => (!value ? t('common:form.required') : value > today ? t('finance:payments.futureDate') : null),
      reference: (value) => (value.trim() === '' ? t('common:form.required') : null),
      disciplineId: (value, values) => (values.purpose === 'restudy' && !value ? t('common:form.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      recordPayment(studentId, {
        academicYear: Number(v.academicYear),
        term: v.term,
        purpose: v.purpose,
        disciplineId: v.purpose === 'restudy' ? v.disciplineId : null,
        amount: parseSom(v.amount) ?? 0,
        paidOn: v.paidOn ?? today,
        reference: v.reference.trim(),
      }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: paymentsQueryKey(studentId) });
      void client.invalidateQueries({ queryKey: ['student-tuition', studentId] });
      onClose();
    },
  });
  const years = [academicYear - 1, academicYear, academicYear + 1].map((y) => ({ value: String(y), label: academicYearLabel(y) }));
  return (
    <Modal opened onClose={onClose} title={t('finance:payments.recordTitle')} size="lg">
      <form noValidate data-testid="record-payment-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select label={t('finance:payments.academicYear')} required allowDeselect={false} data={years} data-testid="payment-year" {...form.getInputProps('academicYear')} />
            <Select label={t('finance:payments.term')} required allowDeselect={false} data={TERMS.map((term) => ({ value: term, label: t(`finance:term.${term}`) }))} data-testid="payment-term" {...form.getInputProps('term')} />
          </Group>
          <Select label={t('finance:payments.purpose')} required allowDeselect={false} data={PAYMENT_PURPOSES.map((p) => ({ value: p, label: t(`finance:purpose.${p}`) }))} data-testid="payment-purpose" {...form.getInputProps('purpose')} />
          {form.values.purpose === 'restudy' && <DisciplineField value={form.values.disciplineId} onChange={(value) => form.setFieldValue('disciplineId', value)} error={form.errors.disciplineId} />}
          <Group grow align="flex-start">
            <TextInput label={t('finance:payments.amount')} required inputMode="numeric" autoComplete="off" data-testid="payment-amount" {...form.getInputProps('amount')} />
            <DateInput
              label={t('finance:payments.paidOn')}
              required
              maxDate={today}
              valueFormat={format.dateInput}
              dateParser={(text: string) => parseDayInput(text)}
              placeholder={t('finance:payments.datePlaceholder')}
              data-testid="payment-paid-on"
              {...form.getInputProps('paidOn')}
            />
          </Group>
          <TextInput label={t('finance:payments.reference')} placeholder={t('finance:payments.referencePlaceholder')} required data-testid="payment-reference" {...form.getInputProps('reference')} />
          <ModalFormFooter error={mutation.error} loading={mutation.isPending} submitLabel={t('finance:payments.submit')} submitTestId="record-payment-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
