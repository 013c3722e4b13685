import { Group, Stack } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../../shared/access/permissions.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { RoleSelect } from '../../../components/ui/role-select.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { seesOnlyChildren } from '../../../lib/abilities.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { PeopleTable } from '../components/people-table.tsx';
import { useSignedInMe } from '../hooks/use-me.ts';
import { usePeople } from '../hooks/use-people.ts';

const PAGE_SIZE = 50;

/** People the user may see (their scope): search by name or personal ID, filter by role. */
export function PeoplePage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [filters, setFilters, page] = useUrlState(['q', 'role'] as const);
  const role = isRole(filters.role) ? filters.role : null;
  const query = usePeople({ q: filters.q || undefined, role: role ?? undefined, page, pageSize: PAGE_SIZE });
  const title = seesOnlyChildren(me) ? t('common:nav.myChildren') : t('identity:people.title');

  return (
    <Stack gap="md">
      <PageHeader title={title} description={t('identity:people.description')} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchInput
          label={t('common:search.label')}
          placeholder={t('identity:people.searchPlaceholder')}
          value={filters.q}
          onSearch={(q) => setFilters({ q })}
        />
        <RoleSelect
          label={t('common:person.role')}
          placeholder={t('common:filter.any')}
          value={role}
          onChange={(next) => setFilters({ role: next ?? '' })}
          clearable
          w={220}
        />
      </Group>
      <PagedList query={query} page={page} pageSize={PAGE_SIZE} onPage={(next) => setFilters({ page: String(next) })} empty={{ icon: <IconUsers size={28} aria-hidden />, title: t('identity:people.empty'), description: filters.q || role ? t('common:filter.emptyHint') : undefined }}>
        {(items) => <PeopleTable people={items} />}
      </PagedList>
    </Stack>
  );
}
