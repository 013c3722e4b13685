import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { fullName } from '../../../lib/format.ts';
import { usePeople } from '../hooks/use-people.ts';

interface StudentSelectProps {
  label: string;
  value: string | null;
  onChange: (id: string | null) => void;
  error?: string | undefined;
  required?: boolean;
}

const optionOf = (person: PersonDto) => ({
  value: person.id,
  label: `${fullName(person)} (${person.username}${person.homeUnitName ? `, ${person.homeUnitName}` : ''})`,
});

/** Finds a student by name or personal ID on the server, as the user types. */
export function StudentSelect({ label, value, onChange, error, required = false }: StudentSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<PersonDto | null>(null);
  const [q] = useDebouncedValue(search.trim(), 300);
  const query = usePeople({ role: 'student', q: q || undefined, page: 1, pageSize: 20 }, q.length >= 2);
  const data = useMemo(() => {
    const people = query.data?.items ?? [];
    const options = people.map(optionOf);
    if (picked && !people.some((person) => person.id === picked.id)) options.unshift(optionOf(picked));
    return options;
  }, [query.data, picked]);

  return (
    <Select
      label={label}
      description={t('identity:grants.studentSearchHint')}
      placeholder={t('identity:grants.studentSearchPlaceholder')}
      searchable
      clearable
      required={required}
      error={error}
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={q.length >= 2 && !query.isFetching ? t('common:search.nothingFound') : undefined}
      onChange={(id) => {
        setPicked(query.data?.items.find((person) => person.id === id) ?? (id === picked?.id ? picked : null));
        onChange(id);
      }}
    />
  );
}
