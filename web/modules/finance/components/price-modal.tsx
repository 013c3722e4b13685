import { Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PriceDto, PriceListDto } from '../../../../shared/modules/finance/finance.contracts.ts';
import { STUDY_FORMS, type StudyForm } from '../../../../shared/modules/finance/finance.vocabulary.ts';
import { academicYearLabel } from '../../../../shared/modules/finance/rules/academic-year.ts';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { setPrice } from '../api/finance-api.ts';
import { parseSom } from './amount.ts';

interface Values {
  programId: string | null;
  studyForm: StudyForm;
  price: string;
}

/** Sets the price of a credit: a new one (any program and form) or a change of one in the list (program and form fixed). */
export function PriceModal({ list, editing, onClose }: { list: PriceListDto; editing: PriceDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { lang } = useFormat();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: { programId: editing?.programId ?? null, studyForm: editing?.studyForm ?? 'fullTime', price: editing ? String(editing.pricePerCredit) : '' },
    validate: {
      programId: (value) => (value ? null : t('common:form.required')),
      price: (value) => (parseSom(value) === null || (parseSom(value) ?? 0) > 1_000_000 ? t('finance:prices.pricePositive') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => setPrice({ programId: v.programId ?? '', studyForm: v.studyForm, academicYear: list.academicYear, pricePerCredit: parseSom(v.price) ?? 0 }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['finance-prices'] });
      onClose();
    },
  });
  const programs = list.programs.map((p) => ({ value: p.id, label: `${p.code} — ${p.name[lang] || p.name.ru}` }));
  return (
    <Modal opened onClose={onClose} title={t(editing ? 'finance:prices.editTitle' : 'finance:prices.addTitle')} size="md">
      <form noValidate data-testid="price-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          <Text size="sm">{t('finance:prices.editHint', { year: academicYearLabel(list.academicYear) })}</Text>
          <Select label={t('finance:prices.program')} required searchable disabled={editing !== null} data={programs} data-testid="price-program" {...form.getInputProps('programId')} />
          <Select
            label={t('finance:prices.studyForm')}
            required
            allowDeselect={false}
            disabled={editing !== null}
            data={STUDY_FORMS.map((f) => ({ value: f, label: t(`students:studyForm.${f}`) }))}
            data-testid="price-form-of-study"
            {...form.getInputProps('studyForm')}
          />
          <TextInput label={t('finance:prices.pricePerCredit')} required inputMode="numeric" autoComplete="off" data-autofocus data-testid="price-value" {...form.getInputProps('price')} />
          <ModalFormFooter error={mutation.error} loading={mutation.isPending} submitTestId="price-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
