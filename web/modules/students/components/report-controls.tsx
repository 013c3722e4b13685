import { MultiSelect, Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CONTINGENT_DIMENSIONS, type ContingentDimension } from '../../../../shared/modules/students/rules/contingent.ts';
import { STUDENT_STATUSES, type StudentStatus } from '../../../../shared/modules/students/students.vocabulary.ts';
import { useUnitOptions } from '../../org/index.ts';
import { useProgramOptions } from '../hooks/use-structure-options.ts';
import { DayInput } from './day-input.tsx';

/** What the report is asked for: the date, the dimensions of rows and columns, the filters. */
export interface ReportSettings {
  date: string;
  rows: ContingentDimension[];
  column: ContingentDimension | null;
  facultyId: string;
  programId: string;
  statuses: StudentStatus[];
}

interface ReportControlsProps {
  settings: ReportSettings;
  onChange: (patch: Partial<ReportSettings>) => void;
}

/** The report's controls, each labelled and usable from the keyboard; one column on a phone. */
export function ReportControls({ settings, onChange }: ReportControlsProps) {
  const { t } = useTranslation();
  const faculties = useUnitOptions(true, ['faculty']);
  const programs = useProgramOptions();
  const dimensions = CONTINGENT_DIMENSIONS.map((d) => ({ value: d, label: t(`students-reports:dimension.${d}`) }));
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
      <DayInput label={t('students-reports:date')} value={settings.date} onChange={(value) => value && onChange({ date: value })} data-testid="report-date" />
      <MultiSelect
        label={t('students-reports:rows')}
        data={dimensions.filter((d) => d.value !== settings.column)}
        value={settings.rows}
        onChange={(value) => onChange({ rows: value })}
        data-testid="report-rows"
      />
      <Select
        label={t('students-reports:columns')}
        placeholder={t('students-reports:noColumns')}
        data={dimensions.filter((d) => !settings.rows.includes(d.value))}
        value={settings.column}
        onChange={(value) => onChange({ column: value ?? null })}
        clearable
        data-testid="report-columns"
      />
      <Select
        label={t('students-reports:faculty')}
        placeholder={t('students-reports:allFaculties')}
        data={faculties.options}
        value={settings.facultyId || null}
        onChange={(value) => onChange({ facultyId: value ?? '' })}
        clearable
        searchable
      />
      <Select
        label={t('students-reports:program')}
        placeholder={t('students-reports:allPrograms')}
        data={programs.options}
        value={settings.programId || null}
        onChange={(value) => onChange({ programId: value ?? '' })}
        clearable
        searchable
      />
      <MultiSelect
        label={t('students-reports:statuses')}
        data={STUDENT_STATUSES.map((s) => ({ value: s, label: t(`students:status.${s}`) }))}
        value={settings.statuses}
        onChange={(value) => value.length > 0 && onChange({ statuses: value })}
        data-testid="report-statuses"
      />
    </SimpleGrid>
  );
}
