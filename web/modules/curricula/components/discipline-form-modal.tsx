import { Checkbox, Group, Modal, MultiSelect, NumberInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { DisciplineDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { CONTROL_FORMS, DISCIPLINE_KINDS, HOUR_KINDS } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { LANGUAGES } from '../../../../shared/i18n/languages.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useUnitOptions } from '../../org/index.ts';
import { createDiscipline, updateDiscipline } from '../api/curricula-api.ts';
import { useDisciplinesChanged } from '../hooks/use-curricula.ts';
import { CurriculaSelect } from './curricula-vocabulary.tsx';
import { fieldErrorsOf, initialValues, toBody, toChange, totalHours, type DisciplineValues } from './discipline-form-values.ts';
import { PrerequisitesInput } from './prerequisites-input.tsx';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

interface Props {
  opened: boolean;
  onClose: () => void;
  /** the discipline to change; none for a new one */
  discipline?: DisciplineDto | null;
  /** the department a new discipline belongs to, when the user's grant names one */
  departmentId?: string | null;
}

/** A discipline of a department's catalog, new or changed; the server's reasons show on the fields. */
export function DisciplineFormModal({ opened, onClose, discipline = null, departmentId = null }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useDisciplinesChanged();
  const departments = useUnitOptions(opened, ['department']);
  const before = initialValues(discipline, departmentId);
  const required = (v: string) => (v.trim() ? null : t('common:form.required'));
  const form = useForm<DisciplineValues>({
    initialValues: before,
    validate: { code: required, nameRu: required, nameKy: required, nameEn: required, departmentId: (v) => (v ? null : t('common:form.required')), languages: (v) => (v.length ? null : t('common:form.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: DisciplineValues) => (discipline ? updateDiscipline(discipline.id, toChange(values, before)) : createDiscipline(toBody(values))),
    onSuccess: (saved) => {
      changed();
      onClose();
      if (!discipline) void navigate(`/curricula/disciplines/${saved.id}`);
    },
    onError: (error) => form.setErrors(fieldErrorsOf(error)),
  });
  const text = (field: keyof DisciplineValues, label: string, props: object = {}) => <TextInput label={label} required {...props} {...form.getInputProps(field)} data-testid={`discipline-${field}`} />;
  return (
    <Modal opened={opened} onClose={onClose} title={t(discipline ? 'curricula:form.editTitle' : 'curricula:form.createTitle')} size="xl">
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {text('code', t('curricula:discipline.code'), { description: t('curricula:form.codeHint') })}
            <Select label={t('curricula:discipline.department')} required searchable data={departments.options} disabled={departments.isLoading} {...form.getInputProps('departmentId')} data-testid="discipline-departmentId" />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            {text('nameRu', t('curricula:form.nameRu'))}
            {text('nameKy', t('curricula:form.nameKy'))}
            {text('nameEn', t('curricula:form.nameEn'))}
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <Textarea label={t('curricula:form.descriptionRu')} autosize minRows={2} maxRows={6} {...form.getInputProps('descriptionRu')} />
            <Textarea label={t('curricula:form.descriptionKy')} autosize minRows={2} maxRows={6} {...form.getInputProps('descriptionKy')} />
            <Textarea label={t('curricula:form.descriptionEn')} autosize minRows={2} maxRows={6} {...form.getInputProps('descriptionEn')} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput label={t('curricula:discipline.credits')} required min={0} max={60} {...form.getInputProps('credits')} data-testid="discipline-credits" />
            <CurriculaSelect label={t('curricula:discipline.controlForm')} group="controlForm" values={CONTROL_FORMS} {...form.getInputProps('controlForm')} data-testid="discipline-controlForm" />
            <CurriculaSelect label={t('curricula:discipline.kind')} group="disciplineKind" values={DISCIPLINE_KINDS} {...form.getInputProps('kind')} />
          </SimpleGrid>
          <Title order={3} size="h5">{t('curricula:discipline.hours')}</Title>
          <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="sm">
            {HOUR_KINDS.map((kind) => (
              <NumberInput key={kind} label={t(`curricula:hourKindShort.${kind}`)} min={0} max={2000} {...form.getInputProps(`hours.${kind}`)} data-testid={`discipline-hours-${kind}`} />
            ))}
          </SimpleGrid>
          <Text size="sm" c={form.errors.hours ? 'red' : 'dimmed'} data-testid="discipline-hours-total" role={form.errors.hours ? 'alert' : undefined}>
            {form.errors.hours ?? t('curricula:form.hoursTotal', { hours: totalHours(form.values.hours) })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <MultiSelect label={t('curricula:discipline.languages')} required data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} {...form.getInputProps('languages')} />
            <PrerequisitesInput exclude={form.values.code} {...form.getInputProps('prerequisites')} />
          </SimpleGrid>
          <Group>
            <Checkbox label={t('curricula:discipline.isElective')} description={t('curricula:form.electiveHint')} {...form.getInputProps('isElective', { type: 'checkbox' })} data-testid="discipline-isElective" />
          </Group>
          <ModalFormFooter error={mutation.error} loading={mutation.isPending} submitLabel={t('common:action.save')} submitTestId="discipline-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
