import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../../../../shared/i18n/languages.ts';
import { groupBody, type GroupDto, type GroupUpdateBody } from '../../../../shared/modules/students/students.contracts.ts';
import { STUDY_FORMS, type StudyForm } from '../../../../shared/modules/students/students.vocabulary.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useStructureChanged } from '../hooks/use-structure.ts';
import { useProgramOptions } from '../hooks/use-structure-options.ts';
import { editGroup } from './student-card-api.ts';
import { vocabularyOptions } from './vocabulary.tsx';

interface Values {
  code: string;
  programId: string;
  admissionYear: number | string;
  language: Lang;
  studyForm: StudyForm;
}

function changes(group: GroupDto, values: Values): GroupUpdateBody {
  const body: GroupUpdateBody = {};
  if (values.code.trim() !== group.code) body.code = values.code.trim();
  if (values.programId !== group.programId) body.programId = values.programId;
  if (Number(values.admissionYear) !== group.admissionYear) body.admissionYear = Number(values.admissionYear);
  if (values.language !== group.language) body.language = values.language;
  if (values.studyForm !== group.studyForm) body.studyForm = values.studyForm;
  return body;
}

/** Edits a group: code, language, form; its program and admission year only while it has no students. */
export function EditGroupModal({ group, onClose }: { group: GroupDto; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = useStructureChanged();
  const programs = useProgramOptions();
  const settled = group.studentCount > 0;
  const shape = groupBody.shape;
  const form = useForm<Values>({
    initialValues: { code: group.code, programId: group.programId, admissionYear: group.admissionYear, language: group.language, studyForm: group.studyForm },
    validate: {
      code: (value) => (shape.code.safeParse(value).success ? null : t('students-card:group.codeRule')),
      admissionYear: (value) => (shape.admissionYear.safeParse(Number(value)).success ? null : t('students-card:group.yearRule')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: Values) => editGroup(group.id, changes(group, values)),
    onSuccess: (saved) => {
      changed();
      notifications.show({ color: 'green', message: t('students-card:group.saved', { code: saved.code }) });
      onClose();
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('students-card:group.editTitle', { code: group.code })} size="lg">
      <form noValidate data-testid="edit-group-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <TextInput label={t('students-card:group.code')} required autoComplete="off" data-autofocus {...form.getInputProps('code')} />
          <Select label={t('students-card:group.program')} required searchable allowDeselect={false} disabled={settled} data={programs.options} {...form.getInputProps('programId')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NumberInput label={t('students:group.admissionYear')} required min={1990} max={2100} allowDecimal={false} disabled={settled} {...form.getInputProps('admissionYear')} />
            <Select label={t('students:field.studyForm')} allowDeselect={false} data={vocabularyOptions(t, 'studyForm', STUDY_FORMS)} {...form.getInputProps('studyForm')} />
            <Select label={t('students:group.language')} allowDeselect={false} data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))} {...form.getInputProps('language')} />
          </SimpleGrid>
          {settled && (
            <Text size="sm" c="dimmed" data-testid="group-settled-hint">
              {t('students-card:group.settledHint')}
            </Text>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!form.isDirty()} data-testid="edit-group-submit">
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
