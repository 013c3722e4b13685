import { NumberInput, Select, SimpleGrid, Textarea } from '@mantine/core';
import type { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { AppointmentDto } from '../../../../shared/modules/staff/staff.contracts.ts';
import { AWARD_KINDS, DISMISSAL_REASONS, EMPLOYMENT_KINDS, STAFF_LEAVE_KINDS } from '../../../../shared/modules/staff/staff.vocabulary.ts';
import { usePositions } from '../hooks/use-staff.ts';
import { StaffDayInput, UnitSelect, VocabularySelect } from './staff-fields.tsx';
import type { StaffOrderValues } from './staff-order-values.ts';

type InputProps = ReturnType<ReturnType<typeof useForm<StaffOrderValues>>['getInputProps']>;

interface FieldsProps {
  form: { values: StaffOrderValues; getInputProps: (path: keyof StaffOrderValues) => InputProps };
  /** the person's appointments today, to pick the one a transfer or a release concerns */
  current: AppointmentDto[];
}

function PlaceFields({ form, optional }: { form: FieldsProps['form']; optional: boolean }) {
  const { t } = useTranslation();
  const positions = usePositions();
  const hint = optional ? t('staff:orderForm.keepHint') : undefined;
  return (
    <>
      <UnitSelect departmentsOnly label={t('staff:field.unit')} description={hint} required={!optional} clearable={optional} {...form.getInputProps('unitId')} data-testid="order-unit" />
      <Select label={t('staff:field.position')} description={hint} required={!optional} clearable={optional} searchable data={(positions.data ?? []).map((p) => ({ value: p.id, label: p.name }))} {...form.getInputProps('positionId')} data-testid="order-position" />
      <NumberInput label={t('staff:field.rate')} description={optional ? hint : t('staff:orderForm.rateHint')} required={!optional} min={0.05} max={3} step={0.25} decimalScale={2} {...form.getInputProps('rate')} data-testid="order-rate" />
    </>
  );
}

/** The fields of what the order does; they change with its kind. */
export function StaffOrderFields({ form, current }: FieldsProps) {
  const { t } = useTranslation();
  const appointments = current.map((a) => ({ value: a.id, label: `${a.positionName}, ${a.unitName} (${a.rate})` }));
  const kind = form.values.kind;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {(kind === 'transfer' || kind === 'dismissal') && (
        <Select label={t('staff:orderForm.appointment')} description={kind === 'dismissal' ? t('staff:orderForm.releaseHint') : undefined} required={kind === 'transfer'} clearable={kind === 'dismissal'} data={appointments} {...form.getInputProps('appointmentId')} data-testid="order-appointment" />
      )}
      {kind === 'hire' && <PlaceFields form={form} optional={false} />}
      {kind === 'hire' && <VocabularySelect label={t('staff:field.employment')} group="employment" values={EMPLOYMENT_KINDS} {...form.getInputProps('employment')} data-testid="order-employment" />}
      {kind === 'transfer' && <PlaceFields form={form} optional />}
      {kind === 'leave' && (
        <>
          <VocabularySelect label={t('staff:field.leaveKind')} group="leaveKind" values={STAFF_LEAVE_KINDS} {...form.getInputProps('leaveKind')} />
          <StaffDayInput label={t('staff:field.until')} clearable {...form.getInputProps('until')} />
        </>
      )}
      {kind === 'award' && (
        <>
          <VocabularySelect label={t('staff:field.awardKind')} group="awardKind" values={AWARD_KINDS} {...form.getInputProps('awardKind')} />
          <Textarea label={t('staff:field.awardText')} required autosize minRows={2} {...form.getInputProps('text')} />
        </>
      )}
      {kind === 'dismissal' && <VocabularySelect label={t('staff:field.dismissalReason')} group="dismissalReason" values={DISMISSAL_REASONS} {...form.getInputProps('reason')} />}
    </SimpleGrid>
  );
}
