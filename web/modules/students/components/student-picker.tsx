import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentRowDto } from '../../../../shared/modules/students/students.contracts.ts';
import { useStudents } from '../hooks/use-students.ts';

export interface StudentOption {
  value: string;
  label: string;
}

export const studentOptionOf = (row: Pick<StudentRowDto, 'id' | 'fullName' | 'username' | 'groupCode'>): StudentOption => ({
  value: row.id,
  label: `${row.fullName} (${row.username}${row.groupCode ? `, ${row.groupCode}` : ''})`,
});

interface StudentPickerProps {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** the student already chosen, shown before any search */
  initialOption?: StudentOption | null;
  error?: string | undefined;
  testId?: string;
}

/** Finds a student by name or personal ID on the server (GET /api/students?q=…), as the user types. */
export function StudentPicker({ label, value, onChange, initialOption = null, error, testId }: StudentPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<StudentOption | null>(initialOption);
  const [q] = useDebouncedValue(search.trim(), 300);
  const searching = q.length >= 2 && q !== picked?.label;
  const query = useStudents({ q, page: 1, pageSize: 20 }, searching);
  const data = useMemo(() => {
    const options = searching ? (query.data?.items ?? []).map(studentOptionOf) : [];
    if (picked && !options.some((option) => option.value === picked.value)) options.unshift(picked);
    return options;
  }, [query.data, picked, searching]);

  return (
    <Select
      label={label}
      description={t('students:orderForm.studentHint')}
      placeholder={t('students:orderForm.studentPlaceholder')}
      required
      searchable
      clearable
      data={data}
      value={value}
      error={error}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={searching && !query.isFetching ? t('common:search.nothingFound') : undefined}
      data-testid={testId}
      onChange={(id, option) => {
        setPicked(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
    />
  );
}
