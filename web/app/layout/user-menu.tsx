import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MeDto } from '../../../shared/modules/identity/identity.contracts.ts';
import { signOut } from '../../modules/identity/api/auth-api.ts';
import { ME_QUERY_KEY } from '../../modules/identity/hooks/use-me.ts';

/** The user's name, their profile and sign-out. */
export function UserMenu({ me }: { me: MeDto }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const shortName = `${me.user.lastName} ${me.user.firstName.charAt(0)}.`;

  const mutation = useMutation({
    mutationFn: signOut,
    onSettled: () => {
      client.clear();
      client.setQueryData(ME_QUERY_KEY, null);
      void navigate('/sign-in', { replace: true });
    },
  });

  return (
    <Menu position="bottom-end" width={220} withinPortal transitionProps={{ duration: 0 }}>
      <Menu.Target>
        <UnstyledButton data-testid="user-menu" aria-label={t('common:userMenu.label', { name: shortName })}>
          <Group gap={6} wrap="nowrap">
            <Avatar size={32} radius="xl" color="indigo" aria-hidden />
            <Text size="sm" fw={500} visibleFrom="sm" truncate maw={160}>
              {shortName}
            </Text>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.username}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} aria-hidden />} data-testid="profile-link">
          {t('common:userMenu.profile')}
        </Menu.Item>
        <Menu.Item color="red" leftSection={<IconLogout size={16} aria-hidden />} data-testid="sign-out" onClick={() => mutation.mutate()}>
          {t('common:userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
