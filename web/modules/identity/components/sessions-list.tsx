import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { endSession, fetchSessions } from '../api/auth-api.ts';

/** The user's open sessions: where and when, this device marked, others can be ended. */
export function SessionsList() {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useQueryClient();
  const query = useQuery({ queryKey: ['sessions'], queryFn: fetchSessions });
  const mutation = useMutation({
    mutationFn: endSession,
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('common:sessions.ended') });
      void client.invalidateQueries({ queryKey: ['sessions'] });
    },
  });

  if (query.isPending) return <LoadingState />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const sessions = [...query.data].sort((a, b) => Number(b.isCurrent) - Number(a.isCurrent) || b.lastSeenAt.localeCompare(a.lastSeenAt));

  return (
    <Stack gap="sm">
      {mutation.error && <ErrorAlert error={mutation.error} />}
      {sessions.map((session) => (
        <Card key={session.id} withBorder padding="sm" data-testid="session-row">
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Group gap="xs">
                <Text size="sm" fw={600}>
                  {session.ip ?? t('common:sessions.unknownIp')}
                </Text>
                {session.isCurrent && (
                  <Badge color="green" variant="light" size="sm">
                    {t('common:sessions.thisDevice')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed" lineClamp={2} title={session.userAgent ?? undefined}>
                {session.userAgent ?? t('common:sessions.unknownAgent')}
              </Text>
              <Text size="xs">
                {t('common:sessions.created')}: {format.dateTime(session.createdAt)} · {t('common:sessions.lastSeen')}:{' '}
                {format.dateTime(session.lastSeenAt)}
              </Text>
            </Stack>
            {!session.isCurrent && (
              <Button
                size="xs"
                variant="light"
                color="red"
                loading={mutation.isPending && mutation.variables === session.id}
                onClick={() => mutation.mutate(session.id)}
                aria-label={t('common:sessions.endLabel', { ip: session.ip ?? t('common:sessions.unknownIp') })}
              >
                {t('common:sessions.end')}
              </Button>
            )}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
