import { Select, SimpleGrid, Stack } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/i18n/languages.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { DisciplineCard } from '../components/disciplines-list.tsx';
import { useDisciplines } from '../hooks/use-curricula.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

const PAGE_SIZE = 30;

/** The catalog of electives (КЭД) a student chooses from: names and descriptions in the reader's language, cards on every screen. */
export function ElectivesPage() {
  const { t } = useTranslation();
  const [filters, setFilters, page] = useUrlState(['q', 'language'] as const);
  const query = useDisciplines({ q: filters.q || undefined, isElective: 'true', language: isOneOf(LANGUAGES, filters.language) ? filters.language : undefined, page, pageSize: PAGE_SIZE });
  const filtered = filters.q !== '' || filters.language !== '';
  return (
    <Stack gap="md">
      <PageHeader testId="electives-heading" title={t('curricula:electives.title')} description={t('curricula:electives.description')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SearchInput label={t('common:search.label')} placeholder={t('curricula:disciplines.searchPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        <Select
          label={t('curricula:electives.language')}
          placeholder={t('common:filter.any')}
          clearable
          data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={filters.language || null}
          onChange={(language) => setFilters({ language: language ?? '' })}
          data-testid="filter-language"
        />
      </SimpleGrid>
      <PagedList
        query={query}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => setFilters({ page: String(next) })}
        empty={{ icon: <IconListCheck size={28} aria-hidden />, title: t('curricula:electives.empty'), description: filtered ? t('common:filter.emptyHint') : t('curricula:electives.emptyHint') }}
      >
        {(items) => (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" data-testid="electives-list">
            {items.map((d) => (
              <DisciplineCard key={d.id} discipline={d} withDescription />
            ))}
          </SimpleGrid>
        )}
      </PagedList>
    </Stack>
  );
}
