import { Alert, Badge, Button, Card, Group, List, Modal, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationViewDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { deriveStudyPlan, planStep, type PlanStep } from '../api/registration-api.ts';
import { useRegistrationStep } from '../hooks/use-registration.ts';

/** The ИУП's way through the offices: where it is, every step so far, why it may not be submitted yet, and the reader's next step. */

function ReturnModal({ onClose, onReturn, busy, error }: { onClose: () => void; onReturn: (note: string) => void; busy: boolean; error: unknown }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState(false);
  return (
    <Modal opened onClose={onClose} title={t('registration:flow.returnTitle')} centered>
      <Stack gap="sm" data-testid="return-form">
        <Text size="sm">{t('registration:flow.returnConsequences')}</Text>
        <Textarea label={t('registration:flow.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={missing ? t('common:form.required') : undefined} required autosize minRows={2} data-testid="return-note" />
        {error != null && <ErrorAlert error={error} />}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button color="orange.9" loading={busy} onClick={() => (note.trim() ? onReturn(note.trim()) : setMissing(true))} data-testid="return-submit">
            {t('registration:flow.return')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function PlanFlowCard({ view, onStepDone }: { view: RegistrationViewDto; onStepDone?: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [returning, setReturning] = useState(false);
  const plan = view.plan;
  const step = useRegistrationStep(view.studentId, ({ name, note }: { name: PlanStep; note?: string }) => planStep(plan?.id ?? '', name, note));
  const derive = useRegistrationStep(view.studentId, () => deriveStudyPlan(view.studentId, view.academicYear));
  const go = (name: PlanStep, note?: string) =>
    step.mutate(note === undefined ? { name } : { name, note }, {
      onSuccess: () => {
        setReturning(false);
        onStepDone?.();
      },
    });
  const a = view.abilities;
  const button = (name: PlanStep, label: string, shown: boolean, color?: string) =>
    shown && (
      <Button key={name} size="sm" color={color} loading={step.isPending} onClick={() => (name === 'return' ? setReturning(true) : go(name))} data-testid={`plan-${name}`}>
        {label}
      </Button>
    );
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="plan-flow-title" data-testid="plan-flow">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h5" id="plan-flow-title">
            {t('registration:flow.title')}
          </Title>
          <Badge variant="light" data-testid="plan-status" data-status={plan?.status ?? 'none'}>
            {t(`registration:planStatus.${plan?.status ?? 'none'}`)}
            {plan && plan.revision > 0 ? ` · ${t('registration:flow.revision', { revision: plan.revision })}` : ''}
          </Badge>
        </Group>
        {!plan && (
          <Stack gap="xs">
            <Text size="sm">{t('registration:flow.noPlan')}</Text>
            {view.canDerive && (
              <Button onClick={() => derive.mutate(undefined)} loading={derive.isPending} data-testid="plan-derive">
                {t('registration:flow.derive')}
              </Button>
            )}
            {derive.error && <ErrorAlert error={derive.error} />}
          </Stack>
        )}
        {plan && (
          <Timeline active={plan.history.length - 1} bulletSize={14} lineWidth={2}>
            {plan.history.map((h, i) => (
              <Timeline.Item key={`${h.at}-${i}`} title={t(`registration:planStatus.${h.to}`)} data-testid="plan-history">
                <Text size="xs" c="dimmed">
                  {format.dateTime(h.at)}
                  {h.byName ? ` · ${h.byName}` : ''}
                </Text>
                {h.note && <Text size="xs">{h.note}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {plan?.status === 'draft' && view.checks.length > 0 && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title={t('registration:flow.checksTitle')} data-testid="plan-checks">
            <List size="sm">
              {view.checks.map((check, i) => (
                <List.Item key={`${check.code}-${i}`}>{check.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group gap="xs">
          {button('submit', t('registration:flow.submit'), a.canSubmit)}
          {button('withdraw', t('registration:flow.withdraw'), a.canWithdraw, 'gray')}
          {button('approve', t('registration:flow.approve'), a.canApprove, 'teal.9')}
          {button('approve-change', t('registration:flow.approveChange'), a.canApproveChange, 'teal.9')}
          {button('accept', t('registration:flow.accept'), a.canAccept, 'teal.9')}
          {button('return', t('registration:flow.return'), a.canReturn, 'orange.9')}
        </Group>
        {step.error && !returning && <ErrorAlert error={step.error} />}
      </Stack>
      {returning && <ReturnModal onClose={() => setReturning(false)} onReturn={(note) => go('return', note)} busy={step.isPending} error={step.error} />}
    </Card>
  );
}
