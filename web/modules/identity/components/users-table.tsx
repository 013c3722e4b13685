import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { fullName } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';

export function isLocked(user: Pick<UserDto, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && Date.parse(user.lockedUntil) > now;
}

/** Account status as badges: active or not, and locked after failed sign-ins. */
export function UserStatusBadges({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap={4} wrap="nowrap">
      <Badge size="sm" variant="light" color={user.isActive ? 'green' : 'gray'} tt="none">
        {t(user.isActive ? 'identity:user.active' : 'identity:user.inactive')}
      </Badge>
      {isLocked(user) && (
        <Badge size="sm" variant="light" color="orange" tt="none" title={format.dateTime(user.lockedUntil)}>
          {t('identity:user.lockedUntil', { time: format.dateTime(user.lockedUntil) })}
        </Badge>
      )}
    </Group>
  );
}

/** The user accounts, dense, for administrators. */
export function UsersTable({ users }: { users: UserDto[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common:person.username')}</Table.Th>
            <Table.Th>{t('common:person.fullName')}</Table.Th>
            <Table.Th>{t('common:person.homeUnit')}</Table.Th>
            <Table.Th>{t('common:person.roles')}</Table.Th>
            <Table.Th>{t('identity:user.status')}</Table.Th>
            <Table.Th>{t('identity:user.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Anchor component={Link} to={`/admin/users/${user.id}`} size="sm">
                  {user.username}
                </Anchor>
              </Table.Td>
              <Table.Td>{fullName(user)}</Table.Td>
              <Table.Td>{user.homeUnitName ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {user.grants.map((grant) => (
                    <Badge key={grant.id} size="sm" variant="light" tt="none">
                      {t(`common:roles.${grant.role}`)}
                    </Badge>
                  ))}
                  {user.grants.length === 0 && (
                    <Text size="xs" c="dimmed">
                      {t('identity:grants.none')}
                    </Text>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>
                <UserStatusBadges user={user} />
              </Table.Td>
              <Table.Td>{format.date(user.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
