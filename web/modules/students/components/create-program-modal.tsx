import { Button, Checkbox, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../../../../shared/i18n/languages.ts';
import type { UnitKind } from '../../../../shared/modules/org/org.contracts.ts';
import { PROGRAM_LEVELS, type ProgramLevel } from '../../../../shared/modules/students/students.vocabulary.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useUnitOptions } from '../../org/index.ts';
import { createProgram } from '../api/structure-api.ts';
import { useStructureChanged } from '../hooks/use-structure.ts';
import { programValidation } from './program-form.ts';
import { vocabularyOptions } from './vocabulary.tsx';

interface ProgramValues {
  code: string;
  nameRu: string;
  nameKy: string;
  nameEn: string;
  level: ProgramLevel;
  durationYears: number | string;
  credits: number | string;
  languages: Lang[];
  departmentId: string | null;
}

const DEPARTMENTS: readonly UnitKind[] = ['department'];
/** Normative credits of a level (DOMAIN.md §2), offered when the level is chosen. */
const LEVEL_DEFAULTS: Record<ProgramLevel, { durationYears: number; credits: number }> = {
  college: { durationYears: 3, credits: 180 },
  bachelor: { durationYears: 4, credits: 240 },
  specialist: { durationYears: 5, credits: 300 },
  master: { durationYears: 2, credits: 120 },
  phd: { durationYears: 3, credits: 180 },
};

/** A new program: code, names in three languages, level, duration, credits, languages, department. */
export function CreateProgramModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = useStructureChanged();
  const departments = useUnitOptions(opened, DEPARTMENTS);
  const form = useForm<ProgramValues>({
    initialValues: { code: '', nameRu: '', nameKy: '', nameEn: '', level: 'bachelor', durationYears: 4, credits: 240, languages: ['ru'], departmentId: null },
    validate: programValidation(t),
  });
  const mutation = useMutation({
    mutationFn: (values: ProgramValues) =>
      createProgram({
        code: values.code.trim(),
        nameRu: values.nameRu.trim(),
        nameKy: values.nameKy.trim(),
        nameEn: values.nameEn.trim(),
        level: values.level,
        durationYears: Number(values.durationYears),
        credits: Number(values.credits),
        languages: values.languages,
        departmentId: values.departmentId ?? '',
      }),
    onSuccess: (program) => {
      changed();
      notifications.show({ color: 'green', message: t('students:programs.created', { code: program.code }) });
      form.reset();
      onClose();
    },
  });
  const close = () => {
    mutation.reset();
    onClose();
  };

  return (
    <Modal opened={opened} onClose={close} title={t('students:programs.create')} size="lg">
      <form noValidate data-testid="create-program-form" onSubmit={form.onSubmit((values) => mutation.mutate(values))}>
        <Stack gap="sm">
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('students:program.code')} required data-autofocus autoComplete="off" {...form.getInputProps('code')} />
            <Select
              label={t('students:program.level')}
              required
              allowDeselect={false}
              data={vocabularyOptions(t, 'level', PROGRAM_LEVELS)}
              {...form.getInputProps('level')}
              onChange={(value) => {
                const level = PROGRAM_LEVELS.find((candidate) => candidate === value);
                if (!level) return;
                form.setFieldValue('level', level);
                form.setFieldValue('durationYears', LEVEL_DEFAULTS[level].durationYears);
                form.setFieldValue('credits', LEVEL_DEFAULTS[level].credits);
              }}
            />
            <TextInput label={t('students:program.nameRu')} required style={{ gridColumn: '1 / -1' }} {...form.getInputProps('nameRu')} />
            <TextInput label={t('students:program.nameKy')} required style={{ gridColumn: '1 / -1' }} {...form.getInputProps('nameKy')} />
            <TextInput label={t('students:program.nameEn')} required style={{ gridColumn: '1 / -1' }} {...form.getInputProps('nameEn')} />
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
          <Select
            label={t('students:program.department')}
            required
            searchable
            data={departments.options}
            nothingFoundMessage={t('common:search.nothingFound')}
            {...form.getInputProps('departmentId')}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="create-program-submit">
              {t('students:programs.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
