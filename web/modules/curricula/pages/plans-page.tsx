import { Button, EmptyState, Select, SimpleGrid, Stack } from '@mantine/core';
import { IconPlus, IconTable } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_KINDS, PLAN_STATUSES } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { CreatePlanModal } from '../components/create-plan-modal.tsx';
import { curriculaOptions } from '../components/curricula-vocabulary.tsx';
import { planProgram, PlansTable } from '../components/plans-table.tsx';
import { usePlans } from '../hooks/use-curricula.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';

const KEYS = ['program', 'kind', 'status', 'year'] as const;

/** Base and working plans, every version: by program, kind, status and admission year; a department drafts a new one. */
export function PlansPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [creating, setCreating] = useState(false);
  const [filters, setFilters] = useUrlState(KEYS);
  const query = usePlans({
    programId: filters.program || undefined,
    kind: isOneOf(PLAN_KINDS, filters.kind) ? filters.kind : undefined,
    status: isOneOf(PLAN_STATUSES, filters.status) ? filters.status : undefined,
  });
  // every program and year the plans name, for the filters (the list is small: a few plans per program)
  const all = usePlans({});
  const programs = useMemo(() => [...new Map((all.data ?? []).map((p) => [p.programId, planProgram(p)]))].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label)), [all.data]);
  const years = useMemo(() => [...new Set((all.data ?? []).map((p) => p.admissionYear).filter((y): y is number => y !== null))].sort().map(String), [all.data]);
  const shown = (query.data ?? []).filter((p) => filters.year === '' || String(p.admissionYear) === filters.year).sort((a, b) => a.programCode.localeCompare(b.programCode) || (b.admissionYear ?? 0) - (a.admissionYear ?? 0) || b.version - a.version);
  const set = (key: (typeof KEYS)[number]) => (value: string | null) => setFilters({ [key]: value ?? '' });

  return (
    <Stack gap="md">
      <PageHeader
        testId="plans-heading"
        title={t('curricula:plans.title')}
        description={t('curricula:plans.description')}
        actions={
          hasAbility(me, 'curricula.plan.manage') && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)} data-testid="create-plan">
              {t('curricula:plans.create')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        <Select label={t('curricula:plan.program')} placeholder={t('common:filter.any')} clearable searchable data={programs} value={filters.program || null} onChange={set('program')} data-testid="filter-program" />
        <Select label={t('curricula:plan.kind')} placeholder={t('common:filter.any')} clearable data={curriculaOptions(t, 'planKind', PLAN_KINDS)} value={filters.kind || null} onChange={set('kind')} data-testid="filter-kind" />
        <Select label={t('curricula:plan.status')} placeholder={t('common:filter.any')} clearable data={curriculaOptions(t, 'planStatus', PLAN_STATUSES)} value={filters.status || null} onChange={set('status')} data-testid="filter-status" />
        <Select label={t('curricula:plan.admissionYear')} placeholder={t('common:filter.any')} clearable data={years} value={filters.year || null} onChange={set('year')} data-testid="filter-year" />
      </SimpleGrid>
      {query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : shown.length === 0 ? (
        <EmptyState icon={<IconTable size={28} aria-hidden />} title={t('curricula:plans.empty')} description={KEYS.some((k) => filters[k] !== '') ? t('common:filter.emptyHint') : t('curricula:plans.emptyHint')} />
      ) : (
        <PlansTable plans={shown} />
      )}
      {creating && <CreatePlanModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
