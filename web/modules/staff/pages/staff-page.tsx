import { Button, Group, Select, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBriefcase, IconFileText, IconId, IconListDetails, IconUserPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEGREES, TITLES } from '../../../../shared/modules/staff/staff.vocabulary.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { CreateCardModal } from '../components/create-card-modal.tsx';
import { PositionsModal } from '../components/positions-modal.tsx';
import { StaffCardsTable } from '../components/staff-cards-table.tsx';
import { UnitSelect } from '../components/staff-fields.tsx';
import { useStaffCards } from '../hooks/use-staff.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

const PAGE_SIZE = 50;
const KEYS = ['q', 'unit', 'degree', 'title', 'employed'] as const;
const or = (value: string) => (value === '' ? undefined : value);

/** Staff cards in the reader's scope: search by name, filters kept in the address, paging, a new card. */
export function StaffPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [creating, createModal] = useDisclosure(false);
  const [editingPositions, positionsModal] = useDisclosure(false);
  const [filters, setFilters, page] = useUrlState(KEYS);
  const vocabulary = (group: string, values: readonly string[]) => values.map((value) => ({ value, label: t(`staff:${group}.${value}`) }));
  const query = useStaffCards({
    q: or(filters.q),
    unitId: or(filters.unit),
    degree: isOneOf(DEGREES, filters.degree) ? filters.degree : undefined,
    title: isOneOf(TITLES, filters.title) ? filters.title : undefined,
    employed: isOneOf(['yes', 'no'] as const, filters.employed) ? filters.employed : undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const filtered = KEYS.some((key) => filters[key] !== '');
  const set = (key: (typeof KEYS)[number]) => (value: string | null) => setFilters({ [key]: value ?? '' });

  return (
    <Stack gap="md">
      <PageHeader
        testId="staff-heading"
        title={t('staff:cards.title')}
        description={t('staff:cards.description')}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/staff/list" variant="light" leftSection={<IconListDetails size={16} aria-hidden />}>
              {t('staff:nav.list')}
            </Button>
            {hasAbility(me, 'staff.order.read') && (
              <Button component={Link} to="/staff/orders" variant="light" leftSection={<IconFileText size={16} aria-hidden />}>
                {t('staff:nav.orders')}
              </Button>
            )}
            {hasAbility(me, 'staff.card.manage') && (
              <Button variant="light" leftSection={<IconBriefcase size={16} aria-hidden />} onClick={positionsModal.open} data-testid="staff-positions">
                {t('staff:positions.title')}
              </Button>
            )}
            {hasAbility(me, 'staff.card.manage') && (
              <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={createModal.open} data-testid="create-staff-card">
                {t('staff:cards.create')}
              </Button>
            )}
          </Group>
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="sm">
        <SearchInput label={t('staff:cards.search')} placeholder={t('staff:cards.searchPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
        <UnitSelect label={t('staff:field.unit')} clearable value={or(filters.unit) ?? null} onChange={set('unit')} />
        <Select label={t('staff:field.degree')} clearable data={vocabulary('degree', DEGREES)} value={or(filters.degree) ?? null} onChange={set('degree')} />
        <Select label={t('staff:field.title')} clearable data={vocabulary('academicTitle', TITLES)} value={or(filters.title) ?? null} onChange={set('title')} />
        <Select label={t('staff:cards.employed')} clearable data={vocabulary('cards.employedValue', ['yes', 'no'])} value={or(filters.employed) ?? null} onChange={set('employed')} />
      </SimpleGrid>
      <PagedList query={query} page={page} pageSize={PAGE_SIZE} onPage={(next) => setFilters({ page: String(next) })} empty={{ icon: <IconId size={28} aria-hidden />, title: t('staff:cards.empty'), description: filtered ? t('common:filter.emptyHint') : t('staff:cards.emptyHint') }}>
        {(items) => <StaffCardsTable cards={items} />}
      </PagedList>
      {hasAbility(me, 'staff.card.manage') && <CreateCardModal opened={creating} onClose={createModal.close} />}
      {hasAbility(me, 'staff.card.manage') && <PositionsModal opened={editingPositions} onClose={positionsModal.close} />}
    </Stack>
  );
}
