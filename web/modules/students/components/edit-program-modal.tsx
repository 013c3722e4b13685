import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../../../../shared/i18n/languages.ts';
import type { ProgramDto, ProgramUpdateBody } from '../../../../shared/modules/students/students.contracts.ts';
import { PROGRAM_LEVELS, type ProgramLevel } from '../../../../shared/modules/students/students.vocabulary.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useUnitOptions } from '../../org/index.ts';
import { useStructureChanged } from '../hooks/use-structure.ts';
import { updateProgram } from './student-card-api.ts';
import { programValidation } from './program-form.ts';
import { vocabularyOptions } from './vocabulary.tsx';

type Values = Omit<ProgramDto, 'id' | 'departmentName' | 'durationYears' | 'credits' | 'level' | 'languages'> & {
  level: ProgramLevel;
  durationYears: number | string;
  credits: number | string;
  languages: Lang[];
};

const DEPARTMENTS = ['department'] as const;
const TEXT_FIELDS = ['code', 'nameRu', 'nameKy', 'nameEn'] as const;

/** Only what changed, as the API takes it. */
function changes(program: ProgramDto, values: Values): ProgramUpdateBody {
  const body: ProgramUpdateBody = {};
  for (const key of TEXT_FIELDS) if (values[key].trim() !== program[key]) body[key] = values[key].trim();
  if (values.level !== program.level) body.level = values.level;
  if (Number(values.durationYears) !== program.durationYears) body.durationYears = Number(values.durationYears);
  if (Number(values.credits) !== program.credits) body.credits = Number(values.credits);
  if ([...values.languages].sort().join() !== [...program.languages].sort().join()) body.languages = values.languages;
  if (values.departmentId !== program.departmentId) body.departmentId = values.departmentId;
  return body;
}

/** Edits every field of a program; moved to another department, its groups go with it. */
export function EditProgramModal({ program, onClose }: { program: ProgramDto; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = useStructureChanged();
  const departments = useUnitOptions(true, DEPARTMENTS);
  const form = useForm<Values>({
    initialValues: { code: program.code, nameRu: program.nameRu, nameKy: program.nameKy, nameEn: program.nameEn, level: program.level, durationYears: program.durationYears, credits: program.credits, languages: program.languages, departmentId: program.departmentId },
    validate: programValidation(t),
  });
  const mutation = useMutation({
    mutationFn: (values: Values) => updateProgram(program.id, changes(program, values)),
    onSuccess: (saved) => {
      changed();
      notifications.show({ color: 'green', message: t('students-card:program.saved', { code: saved.code }) });
      onClose();
    },
  });
  // the department stays offered even if it has been closed since (so the form shows it)
  const departmentOptions = departments.options.some((o) => o.value === program.departmentId) ? departments.options : [{ value: program.departmentId, label: program.departmentName }, ...departments.options];
  return (
    <Modal opened onClose={onClose} title={t('students-card:program.editTitle', { code: program.code })} size="lg">
      <form noValidate data-testid="edit-program-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('students:program.code')} required autoComplete="off" {...form.getInputProps('code')} />
            <Select label={t('students:program.level')} required allowDeselect={false} data={vocabularyOptions(t, 'level', PROGRAM_LEVELS)} {...form.getInputProps('level')} />
          </SimpleGrid>
          <TextInput label={t('students:program.nameRu')} required {...form.getInputProps('nameRu')} />
          <TextInput label={t('students:program.nameKy')} required {...form.getInputProps('nameKy')} />
          <TextInput label={t('students:program.nameEn')} required {...form.getInputProps('nameEn')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NumberInput label={t('students:program.duration')} required min={1} max={8} step={0.5} decimalScale={1} {...form.getInputProps('durationYears')} />
            <NumberInput label={t('students:program.credits')} required min={30} max={480} allowDecimal={false} {...form.getInputProps('credits')} />
          </SimpleGrid>
          <Checkbox.Group label={t('students:program.languages')} required {...form.getInputProps('languages')}>
            <Group gap="md" mt={4}>
              {LANGUAGES.map((lang) => (
                <Checkbox key={lang} value={lang} label={LANGUAGE_NAMES[lang]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Select label={t('students:program.department')} description={t('students-card:program.departmentHint')} required searchable data={departmentOptions} nothingFoundMessage={t('common:search.nothingFound')} {...form.getInputProps('departmentId')} />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={!form.isDirty()} data-testid="edit-program-submit">
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
