import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { usePlans } from '../hooks/use-curricula.ts';
import { PlanStatusBadge } from './curricula-vocabulary.tsx';

/** Every plan of the program and kind (superseded ones stay readable), each comparable with this one. */
export function PlanVersions({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = usePlans({ programId: plan.programId, kind: plan.kind });
  return (
    <Paper withBorder p="sm" data-testid="plan-versions">
      <Stack gap="xs">
        <Title order={2} size="h4">{t('curricula:versions.title')}</Title>
        {query.isPending ? (
          <LoadingState />
        ) : query.error ? (
          <QueryError error={query.error} />
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table fz="sm" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('curricula:plan.admissionYear')}</Table.Th>
                  <Table.Th>{t('curricula:plan.version')}</Table.Th>
                  <Table.Th>{t('curricula:plan.status')}</Table.Th>
                  <Table.Th>{t('curricula:plan.approvedAt')}</Table.Th>
                  <Table.Th>{t('curricula:versions.compare')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...query.data]
                  .sort((a, b) => (b.admissionYear ?? 0) - (a.admissionYear ?? 0) || b.version - a.version)
                  .map((v) => (
                    <Table.Tr key={v.id} data-testid="plan-version" aria-current={v.id === plan.id ? 'true' : undefined}>
                      <Table.Td>{v.admissionYear ?? '—'}</Table.Td>
                      <Table.Td>
                        {v.id === plan.id ? (
                          <Text size="sm" fw={700}>{t('curricula:versions.this', { version: v.version })}</Text>
                        ) : (
                          <Anchor component={Link} to={`/curricula/plans/${v.id}`} size="sm">
                            {t('curricula:versions.open', { version: v.version })}
                          </Anchor>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <PlanStatusBadge status={v.status} />
                      </Table.Td>
                      <Table.Td>{v.approvedAt ? format.date(v.approvedAt) : '—'}</Table.Td>
                      <Table.Td>
                        {v.id !== plan.id && (
                          <Anchor component={Link} to={`/curricula/plans/${v.id}/compare/${plan.id}`} size="sm" data-testid="compare-link">
                            {t('curricula:versions.compareWith', { version: v.version })}
                          </Anchor>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Paper>
  );
}
