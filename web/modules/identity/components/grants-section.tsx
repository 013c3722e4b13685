import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GrantDto, UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { revokeGrant } from '../api/users-api.ts';
import { useUserChanged } from '../hooks/use-users.ts';
import { AddGrantModal } from './add-grant-modal.tsx';
import { grantLabel, grantScopeLabel } from './grant-label.ts';

/** A user's roles with their scopes; administrators add and revoke them. */
export function GrantsSection({ user, canManage }: { user: UserDto; canManage: boolean }) {
  const { t } = useTranslation();
  const changed = useUserChanged();
  const [adding, addModal] = useDisclosure(false);
  const [revoking, setRevoking] = useState<GrantDto | null>(null);
  const mutation = useMutation({
    mutationFn: (grant: GrantDto) => revokeGrant(user.id, grant.id),
    onSuccess: (updated) => {
      changed(user.id, updated);
      notifications.show({ color: 'green', message: t('identity:grants.revoked') });
      setRevoking(null);
    },
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="grants-title">
      <Group justify="space-between">
        <Title order={2} size="h4" id="grants-title">
          {t('identity:grants.title')}
        </Title>
        {canManage && (
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={addModal.open} data-testid="add-grant">
            {t('identity:grants.add')}
          </Button>
        )}
      </Group>
      {user.grants.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('identity:grants.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={6} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('common:person.role')}</Table.Th>
                <Table.Th>{t('identity:grants.scope')}</Table.Th>
                {canManage && <Table.Th aria-label={t('common:action.actions')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {user.grants.map((grant) => (
                <Table.Tr key={grant.id} data-testid={`grant-${grant.role}`}>
                  <Table.Td>{t(`common:roles.${grant.role}`)}</Table.Td>
                  <Table.Td>{grantScopeLabel(grant, t)}</Table.Td>
                  {canManage && (
                    <Table.Td align="right">
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRevoking(grant)}
                        aria-label={t('identity:grants.revokeLabel', { grant: grantLabel(grant, t) })}
                      >
                        {t('identity:grants.revoke')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && <AddGrantModal user={user} opened={adding} onClose={addModal.close} />}
      <ConfirmModal
        opened={revoking !== null}
        title={t('identity:grants.revokeTitle')}
        confirmLabel={t('identity:grants.revoke')}
        danger
        loading={mutation.isPending}
        error={mutation.error}
        onClose={() => {
          setRevoking(null);
          mutation.reset();
        }}
        onConfirm={() => revoking && mutation.mutate(revoking)}
      >
        {revoking && t('identity:grants.revokeConsequences', { username: user.username, grant: grantLabel(revoking, t) })}
      </ConfirmModal>
    </Stack>
  );
}
