import { Anchor, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconKey, IconUserCheck, IconUserOff } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { fullName } from '../../../lib/format.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { activateUser, deactivateUser } from '../api/users-api.ts';
import { GrantsSection } from '../components/grants-section.tsx';
import { ResetPasswordModal } from '../components/reset-password-modal.tsx';
import { UserEditForm } from '../components/user-edit-form.tsx';
import { UserStatusBadges } from '../components/users-table.tsx';
import { useSignedInMe } from '../hooks/use-me.ts';
import { useUser, useUserChanged } from '../hooks/use-users.ts';

function UserView({ user }: { user: UserDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const format = useFormat();
  const changed = useUserChanged();
  const [confirming, confirm] = useDisclosure(false);
  const [resetting, reset] = useDisclosure(false);
  const toggle = useMutation({
    mutationFn: () => (user.isActive ? deactivateUser(user.id) : activateUser(user.id)),
    onSuccess: (updated) => {
      changed(user.id, updated);
      notifications.show({ color: 'green', message: t(user.isActive ? 'identity:user.deactivated' : 'identity:user.activated') });
      confirm.close();
    },
  });
  const canDeactivate = hasAbility(me, 'identity.user.deactivate');
  const canReset = hasAbility(me, 'identity.user.resetPassword');

  return (
    <Stack gap="md">
      <PageHeader
        title={fullName(user)}
        description={
          <Group gap="xs" component="span">
            <Text span size="sm">
              {user.username}
            </Text>
            <UserStatusBadges user={user} />
            <Text span size="xs" c="dimmed">
              {t('identity:user.createdAt')}: {format.date(user.createdAt)}
            </Text>
          </Group>
        }
        actions={
          <>
            {canReset && (
              <Button variant="default" leftSection={<IconKey size={16} aria-hidden />} onClick={reset.open} data-testid="reset-password">
                {t('identity:resetPassword.open')}
              </Button>
            )}
            {canDeactivate && (
              <Button
                variant="light"
                color={user.isActive ? 'red' : 'green'}
                leftSection={user.isActive ? <IconUserOff size={16} aria-hidden /> : <IconUserCheck size={16} aria-hidden />}
                onClick={confirm.open}
                data-testid={user.isActive ? 'deactivate-user' : 'activate-user'}
              >
                {t(user.isActive ? 'identity:user.deactivate' : 'identity:user.activate')}
              </Button>
            )}
          </>
        }
      />
      <Card withBorder padding="md">
        <Title order={2} size="h4" mb="sm">
          {t('identity:user.dataTitle')}
        </Title>
        <UserEditForm key={user.id} user={user} canEdit={hasAbility(me, 'identity.user.update')} />
      </Card>
      <Card withBorder padding="md">
        <GrantsSection user={user} canManage={hasAbility(me, 'identity.grant.manage')} />
      </Card>
      {canReset && <ResetPasswordModal user={user} opened={resetting} onClose={reset.close} />}
      <ConfirmModal
        opened={confirming}
        title={t(user.isActive ? 'identity:user.deactivateTitle' : 'identity:user.activateTitle', { username: user.username })}
        confirmLabel={t(user.isActive ? 'identity:user.deactivate' : 'identity:user.activate')}
        danger={user.isActive}
        loading={toggle.isPending}
        error={toggle.error}
        onClose={() => {
          toggle.reset();
          confirm.close();
        }}
        onConfirm={() => toggle.mutate()}
      >
        {t(user.isActive ? 'identity:user.deactivateConsequences' : 'identity:user.activateConsequences', { name: fullName(user) })}
      </ConfirmModal>
    </Stack>
  );
}

/** One user account: data, status, password reset, roles. */
export function UserPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useUser(id);
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/admin/users" size="sm">
        <IconArrowLeft size={14} aria-hidden /> {t('identity:users.backToList')}
      </Anchor>
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <UserView user={query.data} />}
    </Stack>
  );
}
