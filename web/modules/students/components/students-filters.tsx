import { Button, Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitKind } from '../../../../shared/modules/org/org.contracts.ts';
import { FUNDINGS, STUDENT_STATUSES, STUDY_FORMS } from '../../../../shared/modules/students/students.vocabulary.ts';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { useUnitOptions } from '../../org/index.ts';
import { useGroupOptions, useProgramOptions } from '../hooks/use-structure-options.ts';
import { vocabularyOptions } from './vocabulary.tsx';

export const STUDENT_FILTER_KEYS = ['q', 'unit', 'group', 'program', 'course', 'form', 'funding', 'status'] as const;
export type StudentFilterValues = Record<(typeof STUDENT_FILTER_KEYS)[number], string>;

const UNIT_KINDS_FILTER: readonly UnitKind[] = ['faculty', 'department'];
const COURSES = ['1', '2', '3', '4', '5', '6'];

interface StudentsFiltersProps {
  values: StudentFilterValues;
  onChange: (patch: Partial<StudentFilterValues>) => void;
  /** the reader may list programs and groups (students.structure.read) */
  withStructure: boolean;
}

/** Name or personal ID, unit, group, program, year of study, form, funding, standing; each applies at once. */
export function StudentsFilters({ values, onChange, withStructure }: StudentsFiltersProps) {
  const { t } = useTranslation();
  const units = useUnitOptions(true, UNIT_KINDS_FILTER);
  const programs = useProgramOptions(withStructure);
  const groups = useGroupOptions(withStructure);
  const select = (key: keyof StudentFilterValues) => ({
    value: values[key] || null,
    onChange: (value: string | null) => onChange({ [key]: value ?? '' }),
    placeholder: t('common:filter.any'),
    clearable: true,
    'data-testid': `filter-${key}`,
  });
  const active = STUDENT_FILTER_KEYS.some((key) => values[key] !== '');

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('students:students.filters')}>
      <SearchInput
        label={t('common:search.label')}
        placeholder={t('students:students.searchPlaceholder')}
        value={values.q}
        onSearch={(q) => onChange({ q })}
      />
      <Select label={t('students:field.unit')} data={units.options} searchable w={260} {...select('unit')} />
      {withStructure && (
        <>
          <Select label={t('students:field.group')} data={groups.options} searchable w={200} {...select('group')} />
          <Select label={t('students:field.program')} data={programs.options} searchable w={260} {...select('program')} />
        </>
      )}
      <Select
        label={t('students:field.course')}
        data={COURSES.map((course) => ({ value: course, label: course }))}
        w={100}
        {...select('course')}
      />
      <Select label={t('students:field.studyForm')} data={vocabularyOptions(t, 'studyForm', STUDY_FORMS)} w={170} {...select('form')} />
      <Select label={t('students:field.funding')} data={vocabularyOptions(t, 'funding', FUNDINGS)} w={150} {...select('funding')} />
      <Select
        label={t('students:field.status')}
        data={vocabularyOptions(t, 'status', [...STUDENT_STATUSES, 'notEnrolled'])}
        w={190}
        {...select('status')}
      />
      {active && (
        <Button
          variant="subtle"
          onClick={() => onChange(Object.fromEntries(STUDENT_FILTER_KEYS.map((key) => [key, ''])))}
        >
          {t('common:filter.clear')}
        </Button>
      )}
    </Group>
  );
}
