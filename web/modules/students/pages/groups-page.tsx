import { Button, EmptyState, Group, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus, IconUsersGroup } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { CreateGroupModal } from '../components/create-group-modal.tsx';
import { GroupsTable } from '../components/groups-table.tsx';
import { useGroups } from '../hooks/use-structure.ts';
import { useProgramOptions } from '../hooks/use-structure-options.ts';

const PAGE_SIZE = 50;

/** Groups: search by code or program, filter by program and year of study, create. */
export function GroupsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [creating, createModal] = useDisclosure(false);
  const [filters, setFilters, page] = useUrlState(['q', 'program', 'course'] as const);
  const query = useGroups();
  const programs = useProgramOptions();
  const matching = useMemo(() => {
    const q = filters.q.toLowerCase();
    return [...(query.data ?? [])]
      .filter((group) => q === '' || `${group.code} ${group.programCode} ${group.programName}`.toLowerCase().includes(q))
      .filter((group) => filters.program === '' || group.programId === filters.program)
      .filter((group) => filters.course === '' || String(group.course) === filters.course)
      .sort((a, b) => a.code.localeCompare(b.code));
  }, [query.data, filters.q, filters.program, filters.course]);
  const courses = [...new Set((query.data ?? []).map((group) => group.course))].sort((a, b) => a - b);
  const shown = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);

  return (
    <Stack gap="md">
      <PageHeader
        testId="groups-heading"
        title={t('students:groups.title')}
        description={t('students:groups.description')}
        actions={
          hasAbility(me, 'students.structure.manage') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open} data-testid="create-group">
              {t('students:groups.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchInput label={t('common:search.label')} placeholder={t('students:groups.searchPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        <Select
          label={t('students:field.program')}
          placeholder={t('common:filter.any')}
          data={programs.options}
          searchable
          clearable
          w={280}
          value={filters.program || null}
          onChange={(value) => setFilters({ program: value ?? '' })}
        />
        <Select
          label={t('students:field.course')}
          placeholder={t('common:filter.any')}
          data={courses.map((course) => ({ value: String(course), label: String(course) }))}
          clearable
          w={110}
          value={filters.course || null}
          onChange={(value) => setFilters({ course: value ?? '' })}
        />
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : matching.length === 0 ? (
        <EmptyState
          icon={<IconUsersGroup size={28} aria-hidden />}
          title={t('students:groups.empty')}
          description={filters.q || filters.program || filters.course ? t('common:filter.emptyHint') : t('students:groups.emptyHint')}
        />
      ) : (
        <>
          <GroupsTable groups={shown} />
          <PagedFooter page={page} pageSize={PAGE_SIZE} total={matching.length} onPage={(next) => setFilters({ page: String(next) })} />
        </>
      )}
      <CreateGroupModal opened={creating} onClose={createModal.close} />
    </Stack>
  );
}
