import { Button, Group, Select, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRole } from '../../../../shared/access/permissions.ts';
import { PagedList } from '../../../components/ui/paged-list.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { RoleSelect } from '../../../components/ui/role-select.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { CreateUserModal } from '../components/create-user-modal.tsx';
import { UsersTable } from '../components/users-table.tsx';
import { useSignedInMe } from '../hooks/use-me.ts';
import { useUsers } from '../hooks/use-users.ts';

const PAGE_SIZE = 50;

/** User accounts: search, filter by role and status, create. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [creating, createModal] = useDisclosure(false);
  const [filters, setFilters, page] = useUrlState(['q', 'role', 'active'] as const);
  const role = isRole(filters.role) ? filters.role : null;
  const isActive = filters.active === 'true' || filters.active === 'false' ? filters.active : undefined;
  const query = useUsers({ q: filters.q || undefined, role: role ?? undefined, isActive, page, pageSize: PAGE_SIZE });
  const filtered = Boolean(filters.q || role || isActive);

  return (
    <Stack gap="md">
      <PageHeader
        title={t('identity:users.title')}
        actions={
          hasAbility(me, 'identity.user.create') && (
            <Button leftSection={<IconUserPlus size={16} aria-hidden />} onClick={createModal.open} data-testid="create-user">
              {t('identity:users.create')}
            </Button>
          )
        }
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchInput
          label={t('common:search.label')}
          placeholder={t('identity:users.searchPlaceholder')}
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
        <Select
          label={t('identity:user.status')}
          w={180}
          allowDeselect={false}
          value={isActive ?? 'all'}
          onChange={(value) => setFilters({ active: value === 'all' || value === null ? '' : value })}
          data={[
            { value: 'all', label: t('common:filter.any') },
            { value: 'true', label: t('identity:user.active') },
            { value: 'false', label: t('identity:user.inactive') },
          ]}
        />
      </Group>
      <PagedList query={query} page={page} pageSize={PAGE_SIZE} onPage={(next) => setFilters({ page: String(next) })} empty={{ icon: <IconUsers size={28} aria-hidden />, title: t('identity:users.empty'), description: filtered ? t('common:filter.emptyHint') : undefined }}>
        {(items) => <UsersTable users={items} />}
      </PagedList>
      <CreateUserModal opened={creating} onClose={createModal.close} />
    </Stack>
  );
}
