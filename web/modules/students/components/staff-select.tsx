import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../../../shared/access/permissions.ts';
import type { PersonDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { fullName } from '../../../lib/format.ts';
import { usePeople } from '../../identity/index.ts';

interface StaffSelectProps {
  label: string;
  value: string | null;
  /** the name of the person already chosen (shown before any search) */
  currentName?: string | null;
  onChange: (id: string | null) => void;
  testId?: string;
}

const NOT_STAFF: readonly Role[] = ['student', 'parent', 'applicant'];

/** Finds a member of staff (a curator, say) by name or personal ID, as the user types. */
export function StaffSelect({ label, value, currentName, onChange, testId }: StaffSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(
    value && currentName ? { value, label: currentName } : null,
  );
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = usePeople({ q: q || undefined, page: 1, pageSize: 20 }, q.length >= 2);
  const data = useMemo(() => {
    const staff = (query.data?.items ?? []).filter((person: PersonDto) => person.roles.some((role) => !NOT_STAFF.includes(role)));
    const options = staff.map((person) => ({ value: person.id, label: `${fullName(person)} (${person.username})` }));
    if (picked && !options.some((option) => option.value === picked.value)) options.unshift(picked);
    return options;
  }, [query.data, picked]);

  return (
    <Select
      label={label}
      placeholder={t('students:form.staffSearchPlaceholder')}
      searchable
      clearable
      data={data}
      value={value}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 && !query.isFetching ? t('common:search.nothingFound') : undefined}
      data-testid={testId}
      onChange={(id, option) => {
        setPicked(id && option ? { value: id, label: option.label } : null);
        onChange(id);
      }}
    />
  );
}
