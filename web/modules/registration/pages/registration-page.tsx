import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TERMS, type Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { RegistrationViewDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { isOneOf } from '../../../lib/is-one-of.ts';
import { LineCard } from '../components/line-card.tsx';
import { PlanFlowCard } from '../components/plan-flow-card.tsx';
import { ChoicesCard, HoldsBanner, ScheduleCard, TermHeader, TuitionCard } from '../components/registration-cards.tsx';
import { useOwnStudentId, useRegistration } from '../hooks/use-registration.ts';

/** Everything of one student's term, in the order a student works through it on a phone. */
export function RegistrationView({ view, onStepDone }: { view: RegistrationViewDto; onStepDone?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="registration-view">
      <TermHeader view={view} />
      <HoldsBanner view={view} />
      <TuitionCard view={view} />
      <ScheduleCard view={view} />
      <PlanFlowCard view={view} {...(onStepDone ? { onStepDone } : {})} />
      <ChoicesCard view={view} />
      {view.lines.length > 0 && (
        <Stack gap="sm" component="section" aria-label={t('registration:page.linesTitle')} data-testid="lines">
          {view.lines.map((line) => (
            <LineCard key={line.id} view={view} line={line} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The registration page (`/registration`): a student's own term, or, with `?student=`, a student
 * the reader guides. The term is the open window's unless one is picked; seats refresh every 5 s
 * while the window is open.
 */
export function RegistrationPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('student') ?? undefined;
  const own = useOwnStudentId(asked === undefined);
  const studentId = asked ?? own.data ?? undefined;
  const termParam = params.get('term');
  const yearParam = Number(params.get('year'));
  const term: Term | undefined = termParam && isOneOf(TERMS, termParam) ? termParam : undefined;
  const academicYear = Number.isInteger(yearParam) && yearParam > 1990 ? yearParam : undefined;
  const query = useRegistration(studentId, { academicYear, term });
  const view = query.data;
  const pick = (value: string) => {
    const next = new URLSearchParams(params);
    next.set('term', value);
    if (view) next.set('year', String(view.academicYear));
    setParams(next, { replace: true });
  };
  return (
    <Stack gap="sm" maw={760}>
      <PageHeader testId="registration-heading" title={t('registration:page.title')} description={view ? `${view.studentName}${view.groupCode ? ` · ${view.groupCode}` : ''}` : undefined} />
      {own.data === null && (
        <Text c="dimmed" data-testid="registration-no-card">
          {t('registration:page.noCard')}
        </Text>
      )}
      {view && (
        <SegmentedControl
          fullWidth
          value={view.term}
          onChange={pick}
          data={TERMS.map((value) => ({ value, label: t(`calendar:termKind.${value}`) }))}
          aria-label={t('registration:page.termPicker')}
          data-testid="term-picker"
        />
      )}
      {own.error ? <QueryError error={own.error} /> : query.error ? <QueryError error={query.error} /> : view ? <RegistrationView view={view} /> : own.data !== null && <LoadingState />}
    </Stack>
  );
}
