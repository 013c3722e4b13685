import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { inLang, useDisciplines, useReaderLang } from '../hooks/use-curricula.ts';

/** Prerequisites by code, found in the catalog as the user types (code or name). */
export function PrerequisitesInput({ value = [], onChange, error, exclude }: { value?: string[]; onChange: (codes: string[]) => void; error?: string | undefined; exclude?: string | undefined }) {
  const { t } = useTranslation();
  const lang = useReaderLang();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useDisciplines({ q: q || undefined, pageSize: 20 });
  const data = useMemo(() => {
    const options = new Map(value.map((code) => [code, code]));
    for (const d of found.data?.items ?? []) if (d.code !== exclude) options.set(d.code, `${d.code} — ${inLang(d.name, lang)}`);
    return [...options].map(([code, label]) => ({ value: code, label }));
  }, [found.data, value, exclude, lang]);
  return (
    <MultiSelect
      label={t('curricula:discipline.prerequisites')}
      description={t('curricula:form.prerequisitesHint')}
      searchable
      clearable
      data={data}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common:search.nothingFound')}
      error={error}
      data-testid="discipline-prerequisites"
    />
  );
}
