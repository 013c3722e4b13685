import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { LANGUAGES, type Lang } from '../../../../shared/i18n/languages.ts';
import { groupBody } from '../../../../shared/modules/students/students.contracts.ts';
import { STUDY_FORMS, type StudyForm } from '../../../../shared/modules/students/students.vocabulary.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { createGroup } from '../api/structure-api.ts';
import { useStructureChanged } from '../hooks/use-structure.ts';
import { useProgramOptions } from '../hooks/use-structure-options.ts';
import { StaffSelect } from './staff-select.tsx';
import { vocabularyOptions } from './vocabulary.tsx';

interface GroupValues {
  code: string;
  programId: string | null;
  admissionYear: number | string;
  language: Lang;
  studyForm: StudyForm;
  curatorId: string | null;
}

/** A new group of a program: code, admission year (the year of study follows from it), language, form, curator. */
export function CreateGroupModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const changed = useStructureChanged();
  const programs = useProgramOptions(opened);
  const today = format.today();
  const academicYear = Number(today.slice(5, 7)) >= 9 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  const form = useForm<GroupValues>({
    initialValues: { code: '', programId: null, admissionYear: academicYear, language: 'ru', studyForm: 'fullTime', curatorId: null },
    validate: {
      code: (value) => (groupBody.shape.code.safeParse(value).success ? null : t('students:form.codeRule')),
      programId: (value) => (value ? null : t('common:form.required')),
      admissionYear: (value) => (groupBody.shape.admissionYear.safeParse(value).success ? null : t('students:form.yearRule')),
    },
  });
  const mutation = useMutation({
    mutationFn: (values: GroupValues) =>
      createGroup({
        code: values.code.trim(),
        programId: values.programId ?? '',
        admissionYear: Number(values.admissionYear),
        language: values.language,
        studyForm: values.studyForm,
        curatorId: values.curatorId,
      }),
    onSuccess: (group) => {
      changed();
      notifications.show({ color: 'green', message: t('students:groups.created', { code: group.code }) });
      form.reset();
      onClose();
      void navigate(`/groups/${group.id}`);
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('students:groups.create')} size="lg">
      <form noValidate data-testid="create-group-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('students:group.code')} required data-autofocus autoComplete="off" {...form.getInputProps('code')} />
            <NumberInput label={t('students:group.admissionYear')} required min={1990} max={2100} allowDecimal={false} {...form.getInputProps('admissionYear')} />
            <Select
              label={t('students:field.program')}
              required
              searchable
              data={programs.options}
              nothingFoundMessage={t('common:search.nothingFound')}
              style={{ gridColumn: '1 / -1' }}
              {...form.getInputProps('programId')}
            />
            <Select
              label={t('students:field.studyForm')}
              required
              allowDeselect={false}
              data={vocabularyOptions(t, 'studyForm', STUDY_FORMS)}
              {...form.getInputProps('studyForm')}
            />
            <Select
              label={t('students:group.language')}
              required
              allowDeselect={false}
              data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
              {...form.getInputProps('language')}
            />
          </SimpleGrid>
          <StaffSelect
            label={t('students:group.curator')}
            value={form.values.curatorId}
            onChange={(id) => form.setFieldValue('curatorId', id)}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="create-group-submit">
              {t('students:groups.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
