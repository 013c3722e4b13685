import { Alert, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegistrationViewDto, ViewLineDto, ViewSectionDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { dropEnrolment, enrol, removeLine, waitlistStep } from '../api/registration-api.ts';
import { useRegistrationStep } from '../hooks/use-registration.ts';

type Action = { kind: 'take' | 'wait'; sectionId: string } | { kind: 'leave'; enrolmentId: string } | { kind: 'accept' | 'decline' | 'withdraw'; entryId: string } | { kind: 'remove' };

interface SectionProps {
  line: ViewLineDto;
  section: ViewSectionDto;
  mine: boolean;
  kindTaken: boolean;
  canEnrol: boolean;
  busy: boolean;
  onAction: (action: Action) => void;
}

/** One section as a selectable card: seats left, the student's place or waitlist entry, and the step that fits. */
function SectionOption({ line, section, mine, kindTaken, canEnrol, busy, onAction }: SectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const name = t('registration:sectionName', { kind: t(`registration:sectionKind.${section.kind}`), number: section.number });
  const label = `${line.code} ${name}`;
  const entry = section.waitlist;
  const enrolment = line.enrolments.find((e) => e.sectionId === section.id);
  const full = section.seatsLeft === 0;
  const button = (text: string, action: Action, variant: 'filled' | 'light' | 'default' = 'light', testId = action.kind) => (
    <Button size="compact-sm" variant={variant} loading={busy} onClick={() => onAction(action)} aria-label={`${text}: ${label}`} data-testid={`section-${testId}`}>
      {text}
    </Button>
  );
  return (
    <Card withBorder padding="xs" radius="sm" data-testid="section" data-section-id={section.id} data-state={mine ? 'mine' : entry ? entry.status : full ? 'full' : 'open'} bg={mine ? 'var(--mantine-color-teal-light)' : undefined}>
      <Group justify="space-between" wrap="nowrap" gap="xs" align="center">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" fw={600}>
            {name}
          </Text>
          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {section.teacherName ?? t('registration:page.noTeacher')}
          </Text>
          <Text size="xs" c={full ? 'red.8' : 'dimmed'} data-testid="seats-left">
            {full ? t('registration:page.full') : t('registration:page.seatsLeft', { n: section.seatsLeft, capacity: section.capacity })}
          </Text>
          {entry?.status === 'waiting' && (
            <Text size="xs" data-testid="waitlist-position">
              {t('registration:page.waitingAt', { position: entry.position ?? 1 })}
            </Text>
          )}
          {entry?.status === 'offered' && entry.offerExpiresAt && (
            <Text size="xs" c="orange.9" fw={600} data-testid="waitlist-offer">
              {t('registration:page.offered', { until: format.dateTime(entry.offerExpiresAt) })}
            </Text>
          )}
        </Stack>
        {canEnrol && (
          <Stack gap={4} align="flex-end">
            {mine && enrolment && button(t('registration:page.leave'), { kind: 'leave', enrolmentId: enrolment.id }, 'default')}
            {!mine && !kindTaken && !entry && !full && button(t('registration:page.take'), { kind: 'take', sectionId: section.id }, 'filled')}
            {!mine && !kindTaken && !entry && full && button(t('registration:page.joinWaitlist'), { kind: 'wait', sectionId: section.id })}
            {entry?.status === 'offered' && button(t('registration:page.acceptOffer'), { kind: 'accept', entryId: entry.id }, 'filled')}
            {entry?.status === 'offered' && button(t('registration:page.declineOffer'), { kind: 'decline', entryId: entry.id }, 'default')}
            {entry?.status === 'waiting' && button(t('registration:page.leaveWaitlist'), { kind: 'withdraw', entryId: entry.id }, 'default')}
          </Stack>
        )}
        {mine && !canEnrol && (
          <Badge color="teal" variant="light">
            {t('registration:page.yourSeat')}
          </Badge>
        )}
      </Group>
    </Card>
  );
}

function run(studentId: string, planId: string, line: ViewLineDto, action: Action): Promise<unknown> {
  switch (action.kind) {
    case 'take':
      return enrol(studentId, { planLineId: line.id, sectionId: action.sectionId });
    case 'wait':
      return enrol(studentId, { planLineId: line.id, sectionId: action.sectionId, waitlist: true });
    case 'leave':
      return dropEnrolment(action.enrolmentId);
    case 'accept':
    case 'decline':
    case 'withdraw':
      return waitlistStep(action.entryId, action.kind);
    case 'remove':
      return removeLine(planId, line.id);
  }
}

/** A line of the ИУП in the term: the discipline, its credits and kind, and its sections to choose from; refusals shown here, in the user's words. */
export function LineCard({ view, line }: { view: RegistrationViewDto; line: ViewLineDto }) {
  const { t } = useTranslation();
  const planId = view.plan?.id ?? '';
  const step = useRegistrationStep(view.studentId, (action: Action) => run(view.studentId, planId, line, action));
  const { canEnrol, canChangeLines } = view.abilities;
  const kinds = line.offering?.kinds ?? [];
  return (
    <Card withBorder padding="sm" component="article" aria-labelledby={`line-${line.id}`} data-testid="line" data-code={line.code}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} id={`line-${line.id}`} style={{ overflowWrap: 'anywhere' }}>
              {line.source === 'discipline' ? `${line.code} · ${line.name}` : line.name}
            </Text>
            <Group gap={4}>
              <Badge size="sm" variant="light">
                {t('registration:page.credits', { n: line.credits })}
              </Badge>
              <Badge size="sm" variant="outline" color={line.kind === 'mandatory' ? 'gray' : line.kind === 'elective' ? 'blue' : 'orange'}>
                {t(`registration:lineKind.${line.kind}`)}
              </Badge>
            </Group>
          </Stack>
          {line.isRemovable && canChangeLines && (
            <Button size="compact-sm" variant="subtle" color="red" loading={step.isPending} onClick={() => step.mutate({ kind: 'remove' })} data-testid="line-remove" aria-label={t('registration:page.removeNamed', { name: line.name })}>
              {t('registration:page.remove')}
            </Button>
          )}
        </Group>
        {line.missingPrerequisites.length > 0 && (
          <Alert color="orange" variant="light" p="xs" icon={<IconAlertTriangle size={16} aria-hidden />} data-testid="prerequisites-missing">
            {t('registration:page.prerequisitesMissing', { list: line.missingPrerequisites.map((p) => `${p.code} ${p.name}`).join(', ') })}
          </Alert>
        )}
        {line.source === 'discipline' && !line.offering && (
          <Text size="sm" c="dimmed">
            {t('registration:page.notOffered')}
          </Text>
        )}
        {kinds.map((kind) => {
          const taken = line.enrolments.some((e) => e.kind === kind);
          return (
            <Stack gap={4} key={kind} role="group" aria-label={t(`registration:sectionKind.${kind}`)}>
              {line.sections
                .filter((s) => s.kind === kind)
                .map((section) => (
                  <SectionOption key={section.id} line={line} section={section} mine={line.enrolments.some((e) => e.sectionId === section.id)} kindTaken={taken} canEnrol={canEnrol} busy={step.isPending} onAction={(a) => step.mutate(a)} />
                ))}
            </Stack>
          );
        })}
        {step.error && <ErrorAlert error={step.error} />}
      </Stack>
    </Card>
  );
}
