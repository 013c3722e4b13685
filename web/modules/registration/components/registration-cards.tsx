import { Alert, Badge, Button, Card, Group, List, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RegistrationViewDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { addLine } from '../api/registration-api.ts';
import { useRegistrationStep } from '../hooks/use-registration.ts';

/** The smaller cards of the registration page: the term's header, holds, electives and re-study, tuition, the schedule. */

type View = { view: RegistrationViewDto };

/** The term, its window (open until…, or when the next opens) and the credits against the term's limits. */
export function TermHeader({ view }: View) {
  const { t } = useTranslation();
  const format = useFormat();
  const { window, credits } = view;
  const percent = credits.max > 0 ? Math.min(100, (credits.planned / credits.max) * 100) : 0;
  const inRange = credits.planned >= credits.min && credits.planned <= credits.max;
  return (
    <Card withBorder padding="sm" data-testid="term-header">
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Text fw={600}>{t('registration:page.termTitle', { term: t(`calendar:termKind.${view.term}`), year: `${view.academicYear}-${view.academicYear + 1}` })}</Text>
          <Badge color={window.isOpen ? 'teal.9' : 'gray.7'} data-testid="window-state">
            {window.isOpen ? t('registration:page.windowOpen') : t('registration:page.windowClosed')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed" data-testid="window-dates">
          {window.current
            ? t('registration:page.windowUntil', { kind: t(`calendar:periodKind.${window.current.kind}`), until: format.day(window.current.endDate) })
            : window.next
              ? t('registration:page.windowNext', { kind: t(`calendar:periodKind.${window.next.kind}`), since: format.day(window.next.startDate) })
              : t('registration:page.windowNone')}
        </Text>
        <Group justify="space-between" gap="xs">
          <Text size="sm" data-testid="credits">
            {t('registration:page.creditsOf', { planned: credits.planned, min: credits.min, max: credits.max })}
          </Text>
          {view.isFullyRegistered && (
            <Badge color="teal.9" variant="filled" leftSection={<IconCircleCheck size={14} aria-hidden />} data-testid="fully-registered">
              {t('registration:page.fullyRegistered')}
            </Badge>
          )}
        </Group>
        <Progress value={percent} color={inRange ? 'teal' : 'orange'} aria-label={t('registration:page.creditsBar')} />
      </Stack>
    </Card>
  );
}

export function HoldsBanner({ view }: View) {
  const { t } = useTranslation();
  if (view.holds.length === 0) return null;
  return (
    <Alert color="red" variant="light" icon={<IconLock size={18} aria-hidden />} title={t('registration:page.holdsTitle')} data-testid="holds-banner">
      <List size="sm">
        {view.holds.map((hold) => (
          <List.Item key={hold.id}>
            {t(`registration:kind.${hold.kind}`)}: {hold.reason}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The term's elective groups (choose N of the options) and the disciplines to study again. */
export function ChoicesCard({ view }: View) {
  const { t } = useTranslation();
  const planId = view.plan?.id ?? '';
  const step = useRegistrationStep(view.studentId, (body: Parameters<typeof addLine>[1]) => addLine(planId, body));
  const canChange = view.abilities.canChangeLines;
  if (view.electiveGroups.length === 0 && view.restudyOptions.length === 0) return null;
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="choices-title" data-testid="choices">
      <Stack gap="xs">
        <Title order={2} size="h5" id="choices-title">
          {t('registration:page.choicesTitle')}
        </Title>
        {view.electiveGroups.map((group) => (
          <Stack key={group.key} gap={4} data-testid="elective-group" data-key={group.key}>
            <Text size="sm" fw={600}>
              {t('registration:page.electiveGroup', { key: group.key, chosen: group.chosen, choose: group.choose })}
            </Text>
            {group.options.map((option) => (
              <Group key={option.disciplineId} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {option.code} · {option.name} · {t('registration:page.credits', { n: option.credits })}
                </Text>
                {option.isChosen ? (
                  <Badge color="blue" variant="light">
                    {t('registration:page.chosen')}
                  </Badge>
                ) : (
                  canChange &&
                  group.chosen < group.choose && (
                    <Button size="compact-sm" variant="light" loading={step.isPending} onClick={() => step.mutate({ kind: 'elective', disciplineId: option.disciplineId })} aria-label={t('registration:page.chooseNamed', { name: option.name })} data-testid="choose-elective">
                      {t('registration:page.choose')}
                    </Button>
                  )
                )}
              </Group>
            ))}
          </Stack>
        ))}
        {view.restudyOptions.length > 0 && (
          <Stack gap={4} data-testid="restudy-options">
            <Text size="sm" fw={600}>
              {t('registration:page.restudyTitle')}
            </Text>
            {view.restudyOptions.map((option) => (
              <Group key={option.disciplineId} justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm">
                  {option.code} · {option.name} ({option.letter})
                </Text>
                {canChange && (
                  <Button size="compact-sm" variant="light" color="orange" loading={step.isPending} onClick={() => step.mutate({ kind: 'restudy', disciplineId: option.disciplineId, term: view.term })} data-testid="add-restudy">
                    {t('registration:page.addRestudy')}
                  </Button>
                )}
              </Group>
            ))}
            <Text size="xs" c="dimmed">
              {t('registration:page.restudyHint')}
            </Text>
          </Stack>
        )}
        {step.error && <ErrorAlert error={step.error} />}
      </Stack>
    </Card>
  );
}

/** Credits × the price of one credit, what is paid and what is still due. */
export function TuitionCard({ view }: View) {
  const { t } = useTranslation();
  const format = useFormat();
  const tuition = view.tuition;
  if (!tuition) return null;
  const due = Math.max(0, tuition.tuition - tuition.paid);
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="tuition-title" data-testid="tuition">
      <Stack gap={4}>
        <Title order={2} size="h5" id="tuition-title">
          {t('registration:page.tuitionTitle')}
        </Title>
        {tuition.funding === 'grant' ? (
          <Text size="sm">{t('registration:page.grant')}</Text>
        ) : (
          <>
            <Text size="sm" data-testid="tuition-amount">
              {tuition.pricePerCredit === null
                ? t('registration:page.noPrice')
                : t('registration:page.tuitionLine', { credits: tuition.credits, price: format.number(tuition.pricePerCredit), total: format.number(tuition.tuition) })}
            </Text>
            <Text size="sm">{t('registration:page.paid', { amount: format.number(tuition.paid) })}</Text>
            <Text size="sm" fw={600} c={tuition.isPaid ? 'teal.8' : 'red.8'} data-testid="tuition-due">
              {tuition.isPaid ? t('registration:page.paidInFull') : t('registration:page.due', { amount: format.number(due) })}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}

/** The student's sections of the term, once the registrar accepted the plan. */
export function ScheduleCard({ view }: View) {
  const { t } = useTranslation();
  if (view.plan?.status !== 'registrarAccepted') return null;
  const rows = view.lines.flatMap((line) => line.enrolments.map((e) => ({ line, e })));
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="schedule-title" data-testid="schedule">
      <Title order={2} size="h5" id="schedule-title" mb="xs">
        {t('registration:page.scheduleTitle')}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('registration:page.scheduleEmpty')}
        </Text>
      ) : (
        // no scroll container: three short columns wrap on a phone (a scrolled region would need to be focusable)
        <Table fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('registration:lists.discipline')}</Table.Th>
                <Table.Th>{t('registration:lists.section')}</Table.Th>
                <Table.Th>{t('registration:lists.teacher')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ line, e }) => (
                <Table.Tr key={e.id} data-testid="schedule-row">
                  <Table.Td>{line.code} {line.name}</Table.Td>
                  <Table.Td>{t('registration:sectionName', { kind: t(`registration:sectionKind.${e.kind}`), number: e.number })}</Table.Td>
                  <Table.Td>{e.teacherName ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
      )}
    </Card>
  );
}
