import { Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { PlanDiffView } from '../components/plan-diff-view.tsx';
import { planProgram } from '../components/plans-table.tsx';
import { usePlan, usePlanDiff } from '../hooks/use-curricula.ts';

/** Two plans (versions, or two admission years) side by side: what changed from the first to the second. */
export function PlanComparePage() {
  const { t } = useTranslation();
  const { id, otherId } = useParams();
  const from = usePlan(id);
  const to = usePlan(otherId);
  const diff = usePlanDiff(id, otherId);
  const error = from.error ?? to.error ?? diff.error;
  if (error) return <QueryError error={error} />;
  if (!from.data || !to.data || !diff.data) return <LoadingState />;
  const label = (p: typeof from.data) => t('curricula:compare.planLabel', { year: p.admissionYear ?? '—', version: p.version, status: t(`curricula:planStatus.${p.status}`) });
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/curricula/plans/${to.data.id}`} size="sm">
        {t('curricula:compare.back')}
      </Anchor>
      <PageHeader testId="compare-heading" title={t('curricula:compare.title')} description={`${planProgram(to.data)}: ${label(from.data)} → ${label(to.data)}`} />
      <PlanDiffView diff={diff.data} from={from.data} to={to.data} />
    </Stack>
  );
}
