import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanSummaryDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { PlanStatusBadge } from './curricula-vocabulary.tsx';

/** "580100 — Applied Informatics" */
export const planProgram = (plan: Pick<PlanSummaryDto, 'programCode' | 'programName'>) => `${plan.programCode} — ${plan.programName}`;

/** Plans found: program, kind, admission year, version, status, approval date. */
export function PlansTable({ plans, currentId }: { plans: PlanSummaryDto[]; currentId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing={6} fz="sm" data-testid="plans-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('curricula:plan.program')}</Table.Th>
            <Table.Th>{t('curricula:plan.kind')}</Table.Th>
            <Table.Th>{t('curricula:plan.admissionYear')}</Table.Th>
            <Table.Th>{t('curricula:plan.version')}</Table.Th>
            <Table.Th>{t('curricula:plan.status')}</Table.Th>
            <Table.Th>{t('curricula:plan.approvedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plans.map((plan) => (
            <Table.Tr key={plan.id} data-testid="plan-row" aria-current={plan.id === currentId ? 'true' : undefined} bg={plan.id === currentId ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td>
                <Anchor component={Link} to={`/curricula/plans/${plan.id}`} size="sm">
                  {planProgram(plan)}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`curricula:planKind.${plan.kind}`)}</Table.Td>
              <Table.Td>{plan.admissionYear ?? '—'}</Table.Td>
              <Table.Td>{plan.version}</Table.Td>
              <Table.Td>
                <PlanStatusBadge status={plan.status} />
              </Table.Td>
              <Table.Td>{plan.approvedAt ? format.date(plan.approvedAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
