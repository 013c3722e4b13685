import { Alert, Badge, Button, Card, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { IconLock, IconLockOff, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HoldDto } from '../../../../shared/modules/registration/registration.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { holdsQueryKey, listHolds } from '../api/holds-api.ts';
import { LiftHoldModal } from './lift-hold-modal.tsx';
import { SetHoldModal } from './set-hold-modal.tsx';

type HoldState = 'active' | 'lifted' | 'expired' | 'upcoming';

const stateOf = (hold: HoldDto, today: string): HoldState => (hold.lifted ? 'lifted' : hold.isActive ? 'active' : hold.since > today ? 'upcoming' : 'expired');
const STATE_COLOR: Record<HoldState, string> = { active: 'red', lifted: 'gray', expired: 'gray', upcoming: 'yellow' };

function HoldRow({ hold, today, onLift }: { hold: HoldDto; today: string; onLift: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const state = stateOf(hold, today);
  const kind = t(`registration:kind.${hold.kind}`);
  const period = hold.until ? t('registration:holds.periodUntil', { since: format.day(hold.since), until: format.day(hold.until) }) : t('registration:holds.period', { since: format.day(hold.since) });
  return (
    <Card withBorder padding="sm" bg={state === 'active' ? 'var(--mantine-color-red-light)' : undefined} data-testid="hold" data-state={state}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {kind}
            </Text>
            <Badge size="sm" variant={state === 'active' ? 'filled' : 'light'} color={STATE_COLOR[state]}>
              {t(`registration:holds.${state}`)}
            </Badge>
          </Group>
          <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
            {hold.reason}
          </Text>
          <Text size="xs" c="dimmed">
            {period} · {t('registration:holds.setBy', { name: hold.setBy.fullName, at: format.dateTime(hold.setAt) })}
          </Text>
          {hold.lifted && (
            <Text size="xs" c="dimmed" data-testid="hold-lifted">
              {t('registration:holds.liftedBy', { name: hold.lifted.by.fullName, at: format.dateTime(hold.lifted.at), note: hold.lifted.note })}
            </Text>
          )}
        </Stack>
        {hold.canLift && (
          <Button size="xs" variant="default" leftSection={<IconLockOff size={14} aria-hidden />} aria-label={t('registration:holds.liftNamed', { kind })} onClick={onLift} data-testid="lift-hold">
            {t('registration:holds.lift')}
          </Button>
        )}
      </Group>
    </Card>
  );
}

/**
 * A student's registration holds (блокировки) for the student card: active ones highlighted,
 * past ones below; set and lift for whom the server says may. Self-contained: it loads its data.
 */
export function HoldsPanel({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const query = useQuery({ queryKey: holdsQueryKey(studentId), queryFn: () => listHolds(studentId) });
  const [setting, setSetting] = useState(false);
  const [lifting, setLifting] = useState<HoldDto | null>(null);
  const data = query.data;
  const active = data ? data.items.filter((h) => h.isActive).length : 0;
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="student-holds" data-testid="holds-panel">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h5" id="student-holds">
          {t('registration:holds.title')}
        </Title>
        {data && data.canSet.length > 0 && (
          <Button size="xs" variant="default" leftSection={<IconLock size={14} aria-hidden />} onClick={() => setSetting(true)} data-testid="set-hold">
            {t('registration:holds.set')}
          </Button>
        )}
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState icon={<IconShieldCheck size={24} aria-hidden />} title={t('registration:holds.empty')} description={t('registration:holds.emptyHint')} />
      ) : (
        <Stack gap="sm">
          {active > 0 && (
            <Alert color="red" variant="light" icon={<IconLock size={18} aria-hidden />} data-testid="holds-active">
              {t('registration:holds.activeCount', { count: active })}
            </Alert>
          )}
          {query.data.items.map((hold) => (
            <HoldRow key={hold.id} hold={hold} today={query.data.today} onLift={() => setLifting(hold)} />
          ))}
        </Stack>
      )}
      {setting && data && <SetHoldModal studentId={studentId} kinds={data.canSet} today={data.today} onClose={() => setSetting(false)} />}
      {lifting && <LiftHoldModal hold={lifting} onClose={() => setLifting(null)} />}
    </Card>
  );
}
