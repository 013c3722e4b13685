import { Button, EmptyState, Group, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBook, IconPlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAM_LEVELS } from '../../../../shared/modules/students/students.vocabulary.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { CreateProgramModal } from '../components/create-program-modal.tsx';
import { EditProgramButton } from '../components/edit-program-button.tsx';
import { ProgramsTable } from '../components/programs-table.tsx';
import { vocabularyOptions } from '../components/vocabulary.tsx';
import { usePrograms } from '../hooks/use-structure.ts';

const PAGE_SIZE = 50;

/** Programs (specialities): search by code or name, filter by level, create. */
export function ProgramsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [creating, createModal] = useDisclosure(false);
  const [filters, setFilters, page] = useUrlState(['q', 'level'] as const);
  const query = usePrograms();
  const matching = useMemo(() => {
    const q = filters.q.toLowerCase();
    return [...(query.data ?? [])]
      .filter((p) => q === '' || `${p.code} ${p.nameRu} ${p.nameKy} ${p.nameEn} ${p.departmentName}`.toLowerCase().includes(q))
      .filter((p) => filters.level === '' || p.level === filters.level)
      .sort((a, b) => a.code.localeCompare(b.code));
  }, [query.data, filters.q, filters.level]);

  return (
    <Stack gap="md">
      <PageHeader
        testId="programs-heading"
        title={t('students:programs.title')}
        description={t('students:programs.description')}
        actions={
          hasAbility(me, 'students.structure.manage') && (
            <>
              <EditProgramButton programs={query.data ?? []} />
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open} data-testid="create-program">
                {t('students:programs.create')}
              </Button>
            </>
          )
        }
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchInput label={t('common:search.label')} placeholder={t('students:programs.searchPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        <Select
          label={t('students:program.level')}
          placeholder={t('common:filter.any')}
          data={vocabularyOptions(t, 'level', PROGRAM_LEVELS)}
          clearable
          w={200}
          value={filters.level || null}
          onChange={(value) => setFilters({ level: value ?? '' })}
        />
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : matching.length === 0 ? (
        <EmptyState
          icon={<IconBook size={28} aria-hidden />}
          title={t('students:programs.empty')}
          description={filters.q || filters.level ? t('common:filter.emptyHint') : t('students:programs.emptyHint')}
        />
      ) : (
        <>
          <ProgramsTable programs={matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)} />
          <PagedFooter page={page} pageSize={PAGE_SIZE} total={matching.length} onPage={(next) => setFilters({ page: String(next) })} />
        </>
      )}
      <CreateProgramModal opened={creating} onClose={createModal.close} />
    </Stack>
  );
}
