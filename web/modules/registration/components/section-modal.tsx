import { Modal, NumberInput, Select, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OfferingDto, SectionDto } from '../../../../shared/modules/registration/registration.offerings.contracts.ts';
import { SECTION_KINDS, type SectionKind } from '../../../../shared/modules/registration/registration.vocabulary.ts';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { addSection, offeringsQueryKey, teacherOptions, updateSection } from '../api/offerings-api.ts';

interface Values {
  kind: SectionKind;
  teacherId: string | null;
  capacity: number | string;
  minSize: number | string;
}

/** The form field a refusal of the server belongs to: shown there, not above the form. */
const CODE_FIELD: Record<string, keyof Values> = { SECTION_CAPACITY_BELOW_TAKEN: 'capacity', SECTION_MIN_ABOVE_CAPACITY: 'minSize', SECTION_TEACHER_NOT_STAFF: 'teacherId' };

export function sectionFieldErrors(error: unknown): Partial<Record<keyof Values, string>> {
  if (!isApiError(error)) return {};
  const field = CODE_FIELD[error.code];
  if (field) return { [field]: error.message };
  const issues = ((error.details ?? {}) as { issues?: { field?: unknown; message?: unknown }[] }).issues ?? [];
  const out: Partial<Record<keyof Values, string>> = {};
  for (const issue of issues) if (typeof issue.field === 'string' && ['kind', 'teacherId', 'capacity', 'minSize'].includes(issue.field) && typeof issue.message === 'string') out[issue.field as keyof Values] = issue.message;
  return out;
}

const asNumber = (v: number | string): number | undefined => (v === '' ? undefined : Number(v));

/** The teacher picker: the department's staff, or, while typing a name, anyone on the staff. */
function TeacherSelect({ offeringId, current, value, error, onChange }: { offeringId: string; current: { id: string; name: string } | null; value: string | null; error?: string | undefined; onChange: (id: string | null) => void }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search, 300);
  const options = useQuery({ queryKey: ['offering-teachers', offeringId, typed], queryFn: () => teacherOptions(offeringId, typed) });
  const rows = options.data ?? [];
  const data = [...(current && !rows.some((r) => r.userId === current.id) ? [{ value: current.id, label: current.name }] : []), ...rows.map((r) => ({ value: r.userId, label: `${r.fullName} — ${r.unitName}` }))];
  const selected = data.find((d) => d.value === value)?.label;
  return (
    <Select
      label={t('registration:offerings.teacher')}
      placeholder={t('registration:offerings.teacherPlaceholder')}
      description={t('registration:offerings.teacherHint')}
      searchable
      clearable
      nothingFoundMessage={t('registration:offerings.teacherNone')}
      data={data}
      value={value}
      error={error}
      onChange={onChange}
      onSearchChange={(text) => setSearch(text === selected || text.trim().length < 2 ? '' : text.trim())}
      filter={({ options: all }) => all}
      data-testid="section-teacher"
    />
  );
}

/** Adds a section to an offering (`section` absent) or changes one: teacher, capacity, minimum. The server checks again. */
export function SectionModal({ offering, section, onClose }: { offering: OfferingDto; section?: SectionDto; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const form = useForm<Values>({
    initialValues: { kind: section?.kind ?? 'practice', teacherId: section?.teacherId ?? null, capacity: section?.capacity ?? '', minSize: section?.minSize ?? '' },
    validate: {
      capacity: (v) => (section && v === '' ? t('common:form.required') : null),
      minSize: (v, all) => (v !== '' && all.capacity !== '' && Number(v) > Number(all.capacity) ? t('registration:offerings.minAboveCapacity') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) => {
      if (!section) return addSection(offering.id, { kind: v.kind, teacherId: v.teacherId, capacity: asNumber(v.capacity), minSize: asNumber(v.minSize) });
      const change: { teacherId?: string | null; capacity?: number; minSize?: number } = {};
      if (v.teacherId !== section.teacherId) change.teacherId = v.teacherId;
      if (asNumber(v.capacity) !== section.capacity) change.capacity = asNumber(v.capacity);
      if (asNumber(v.minSize) !== section.minSize) change.minSize = asNumber(v.minSize);
      return updateSection(section.id, change);
    },
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: offeringsQueryKey });
      onClose();
    },
    onError: (error) => form.setErrors(sectionFieldErrors(error)),
  });
  const unplaced = mutation.error && Object.keys(sectionFieldErrors(mutation.error)).length === 0 ? mutation.error : null;
  const title = section ? t('registration:offerings.editTitle', { kind: t(`registration:sectionKind.${section.kind}`), number: section.number }) : t('registration:offerings.addTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form noValidate data-testid="section-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          <div>
            <strong>{offering.disciplineCode}</strong> {offering.disciplineName}
          </div>
          {!section && <Select label={t('registration:offerings.kind')} required allowDeselect={false} data={SECTION_KINDS.map((k) => ({ value: k, label: t(`registration:sectionKind.${k}`) }))} data-testid="section-kind" {...form.getInputProps('kind')} />}
          <TeacherSelect offeringId={offering.id} current={section?.teacherId ? { id: section.teacherId, name: section.teacherName ?? '' } : null} value={form.values.teacherId} error={form.errors.teacherId as string | undefined} onChange={(id) => form.setFieldValue('teacherId', id)} />
          <NumberInput label={t('registration:offerings.capacity')} description={section ? t('registration:offerings.capacityHint', { taken: section.taken }) : t('registration:offerings.defaultHint')} min={1} max={1000} allowDecimal={false} data-testid="section-capacity" {...form.getInputProps('capacity')} />
          <NumberInput label={t('registration:offerings.minSize')} description={section ? undefined : t('registration:offerings.defaultHint')} min={0} max={1000} allowDecimal={false} data-testid="section-min" {...form.getInputProps('minSize')} />
          <ModalFormFooter error={unplaced} loading={mutation.isPending} submitLabel={section ? undefined : t('registration:offerings.addSubmit')} submitTestId="section-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
