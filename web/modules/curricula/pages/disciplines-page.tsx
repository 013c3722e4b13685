import { Button, Select, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBooks, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../../shared/i18n/languages.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { useUnitOptions } from '../../org/index.ts';
import { DisciplineFormModal } from '../components/discipline-form-modal.tsx';
import { DisciplinesList } from '../components/disciplines-list.tsx';
import { useDisciplines } from '../hooks/use-curricula.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

const PAGE_SIZE = 50;
const KEYS = ['q', 'department', 'elective', 'language'] as const;
const or = (value: string) => (value === '' ? undefined : value);

/** The discipline catalog: search by code or name, filters kept in the address; a department adds its disciplines. */
export function DisciplinesPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [creating, createModal] = useDisclosure(false);
  const [filters, setFilters, page] = useUrlState(KEYS);
  const canManage = hasAbility(me, 'curricula.discipline.manage');
  const departments = useUnitOptions(hasAbility(me, 'org.unit.read'), ['department']);
  const query = useDisciplines({
    q: or(filters.q),
    departmentId: or(filters.department),
    isElective: isOneOf(['true', 'false'] as const, filters.elective) ? filters.elective : undefined,
    language: isOneOf(LANGUAGES, filters.language) ? filters.language : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const filtered = KEYS.some((key) => filters[key] !== '');
  const set = (key: (typeof KEYS)[number]) => (value: string | null) => setFilters({ [key]: value ?? '' });
  // a department's own unit is the default of a new discipline
  const ownDepartment = me.grants.find((g) => g.role === 'department' && g.scopeUnitId)?.scopeUnitId ?? null;

  return (
    <Stack gap="md">
      <PageHeader
        testId="disciplines-heading"
        title={t('curricula:disciplines.title')}
        description={t('curricula:disciplines.description')}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={createModal.open} data-testid="create-discipline">
              {t('curricula:disciplines.create')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <SearchInput label={t('common:search.label')} placeholder={t('curricula:disciplines.searchPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        <Select label={t('curricula:discipline.department')} placeholder={t('common:filter.any')} clearable searchable data={departments.options} value={or(filters.department) ?? null} onChange={set('department')} data-testid="filter-department" />
        <Select
          label={t('curricula:disciplines.electiveFilter')}
          placeholder={t('common:filter.any')}
          clearable
          data={[
            { value: 'true', label: t('curricula:disciplines.onlyElective') },
            { value: 'false', label: t('curricula:disciplines.onlyMandatory') },
          ]}
          value={or(filters.elective) ?? null}
          onChange={set('elective')}
          data-testid="filter-elective"
        />
        <Select label={t('curricula:discipline.language')} placeholder={t('common:filter.any')} clearable data={LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))} value={or(filters.language) ?? null} onChange={set('language')} data-testid="filter-language" />
      </SimpleGrid>
      <PagedList
        query={query}
        page={page}
        pageSize={PAGE_SIZE}
        onPage={(next) => setFilters({ page: String(next) })}
        empty={{ icon: <IconBooks size={28} aria-hidden />, title: t('curricula:disciplines.empty'), description: filtered ? t('common:filter.emptyHint') : t(canManage ? 'curricula:disciplines.emptyHintManage' : 'curricula:disciplines.emptyHint') }}
      >
        {(items) => <DisciplinesList disciplines={items} />}
      </PagedList>
      {canManage && creating && <DisciplineFormModal opened onClose={createModal.close} departmentId={ownDepartment} />}
    </Stack>
  );
}
