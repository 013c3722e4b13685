import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { ApprovePlanButton } from '../components/approve-plan-button.tsx';
import { PlanStatusBadge } from '../components/curricula-vocabulary.tsx';
import { PlanDocuments } from '../components/plan-documents.tsx';
import { PlanEditor } from '../components/plan-editor.tsx';
import { PlanVersionActions } from '../components/plan-version-actions.tsx';
import { PlanVersions } from '../components/plan-versions.tsx';
import { planProgram } from '../components/plans-table.tsx';
import { usePlan } from '../hooks/use-curricula.ts';

/** One plan: its header and status, documents, approval and versions, and the editor with the findings beside it. */
export function PlanPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { id } = useParams();
  const query = usePlan(id);
  if (query.isPending) return <LoadingState />;
  if (query.error) return <QueryError error={query.error} />;
  const plan = query.data;
  const subtitle = [t(`curricula:planKind.${plan.kind}`), plan.admissionYear !== null && t('curricula:plan.admissionYearValue', { year: plan.admissionYear }), t('curricula:plan.versionValue', { version: plan.version })].filter(Boolean).join(' · ');
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/curricula/plans" size="sm">
        {t('curricula:plan.toList')}
      </Anchor>
      <PageHeader
        testId="plan-heading"
        title={planProgram(plan)}
        description={subtitle}
        actions={
          <>
            <PlanStatusBadge status={plan.status} size="lg" />
            <ApprovePlanButton plan={plan} />
          </>
        }
      />
      {plan.status !== 'draft' && (
        <Alert variant="light" color={plan.status === 'approved' ? 'green' : 'yellow'} icon={<IconLock size={18} aria-hidden />} data-testid="plan-read-only">
          {plan.status === 'approved' ? t('curricula:plan.approvedNote', { date: format.date(plan.approvedAt) }) : t('curricula:plan.supersededNote')}
        </Alert>
      )}
      <Group gap="xs" wrap="wrap">
        <PlanDocuments plan={plan} />
        <PlanVersionActions plan={plan} />
      </Group>
      <PlanEditor plan={plan} />
      <PlanVersions plan={plan} />
    </Stack>
  );
}
