import { ActionIcon, Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HolidayDto, PeriodDto, YearDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import { TERM_KINDS } from '../../../../shared/modules/calendar/calendar.vocabulary.ts';
import { useFormat } from '../../../lib/use-format.ts';
import type { Editing } from './calendar-editors.tsx';

/** A year of the calendar as everyone reads it: terms, periods (today's marked), holidays; the registrar's edit buttons beside. */

export type Removing = { what: 'period'; period: PeriodDto } | { what: 'holiday'; holiday: HolidayDto } | { what: 'term'; kind: YearDto['terms'][number]['kind'] };

interface Handlers {
  editable: boolean;
  today: string;
  onEdit: (editing: Editing) => void;
  onRemove: (removing: Removing) => void;
}

function Section({ id, title, action, children }: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={id} padding="sm">
      <Group justify="space-between" mb="xs" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

function useDates() {
  const { t } = useTranslation();
  const format = useFormat();
  return (r: { startDate: string; endDate: string }) => (r.startDate === r.endDate ? format.day(r.startDate) : t('calendar:page.dates', { start: format.day(r.startDate), end: format.day(r.endDate) }));
}

const isNow = (today: string, r: { startDate: string; endDate: string }) => today >= r.startDate && today <= r.endDate;

function TermsSection({ year, editable, today, onEdit, onRemove }: { year: YearDto } & Handlers) {
  const { t } = useTranslation();
  const dates = useDates();
  const canAdd = editable && year.terms.length < TERM_KINDS.length;
  const add = canAdd && (
    <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onEdit({ what: 'term', term: null })}>
      {t('calendar:term.add')}
    </Button>
  );
  return (
    <Section id="calendar-terms" title={t('calendar:section.terms')} action={add}>
      {year.terms.length === 0 && <Text c="dimmed">{t('calendar:term.none')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {year.terms.map((term) => (
          <Card key={term.id} withBorder padding="xs" data-testid={`term-${term.kind}`} data-current={isNow(today, term) || undefined} bg={isNow(today, term) ? 'var(--mantine-color-blue-light)' : undefined}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text fw={600}>{t(`calendar:termKind.${term.kind}`)}</Text>
              {isNow(today, term) && <Badge size="sm">{t('calendar:page.now')}</Badge>}
            </Group>
            <Text size="sm">{dates(term)}</Text>
            {editable && (
              <Group gap={4} mt={4}>
                <ActionIcon variant="subtle" aria-label={`${t(`calendar:termKind.${term.kind}`)}: ${t('calendar:term.edit')}`} onClick={() => onEdit({ what: 'term', term })}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={`${t(`calendar:termKind.${term.kind}`)}: ${t('calendar:term.remove')}`} onClick={() => onRemove({ what: 'term', kind: term.kind })}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            )}
          </Card>
        ))}
      </SimpleGrid>
    </Section>
  );
}

function PeriodRow({ period, editable, today, onEdit, onRemove }: { period: PeriodDto } & Handlers) {
  const { t } = useTranslation();
  const dates = useDates();
  const now = isNow(today, period);
  const label = period.kind === 'event' && period.name ? period.name : t(`calendar:periodKind.${period.kind}`);
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" py={4} px={6} data-testid={`period-${period.id}`} data-current={now || undefined} style={{ borderRadius: 4, background: now ? 'var(--mantine-color-blue-light)' : undefined }}>
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm" fw={now ? 600 : 400}>
          {label}
          {period.kind !== 'event' && period.name ? ` — ${period.name}` : ''}
        </Text>
        <Text size="xs" c="dimmed">
          {dates(period)}
        </Text>
      </Stack>
      <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
        {now && <Badge size="sm">{t('calendar:page.now')}</Badge>}
        {editable && (
          <>
            <ActionIcon variant="subtle" aria-label={`${label}: ${t('calendar:period.edit')}`} onClick={() => onEdit({ what: 'period', period })}>
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
            <ActionIcon variant="subtle" color="red" aria-label={`${label}: ${t('calendar:period.remove')}`} onClick={() => onRemove({ what: 'period', period })}>
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </>
        )}
      </Group>
    </Group>
  );
}

function PeriodsSection({ year, ...handlers }: { year: YearDto } & Handlers) {
  const { t } = useTranslation();
  const groups = [...year.terms.map((term) => ({ key: term.kind, title: t(`calendar:termKind.${term.kind}`) })), { key: 'none', title: t('calendar:period.yearWide') }];
  const add = handlers.editable && (
    <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => handlers.onEdit({ what: 'period', period: null })} data-testid="period-add">
      {t('calendar:period.add')}
    </Button>
  );
  return (
    <Section id="calendar-periods" title={t('calendar:section.periods')} action={add}>
      {year.periods.length === 0 && <Text c="dimmed">{t('calendar:period.none')}</Text>}
      <Stack gap="sm">
        {groups.map((group) => {
          const periods = year.periods.filter((p) => (p.termKind ?? 'none') === group.key);
          if (periods.length === 0) return null;
          return (
            <Stack key={group.key} gap={2} role="group" aria-label={group.title}>
              <Text size="sm" fw={600} c="dimmed">
                {group.title}
              </Text>
              {periods.map((period) => (
                <PeriodRow key={period.id} period={period} {...handlers} />
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Section>
  );
}

function HolidaysSection({ year, editable, onEdit, onRemove }: { year: YearDto } & Handlers) {
  const { t } = useTranslation();
  const format = useFormat();
  const add = editable && (
    <Button size="xs" variant="light" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => onEdit({ what: 'holiday', holiday: null })} data-testid="holiday-add">
      {t('calendar:holiday.add')}
    </Button>
  );
  const color = { dayOff: 'red', festive: 'grape', workday: 'teal' } as const;
  return (
    <Section id="calendar-holidays" title={t('calendar:section.holidays')} action={add}>
      {year.holidays.length === 0 && <Text c="dimmed">{t('calendar:holiday.none')}</Text>}
      <Stack gap={2}>
        {year.holidays.map((h) => (
          <Group key={h.id} justify="space-between" wrap="nowrap" gap="xs" py={2} data-testid={`holiday-${h.date}`}>
            <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
              <Text size="sm" fw={600} w={90} style={{ flexShrink: 0 }}>
                {format.day(h.date)}
              </Text>
              <Text size="sm">{h.name}</Text>
              <Badge size="xs" variant="light" color={color[h.kind]}>
                {t(`calendar:holidayKind.${h.kind}`)}
              </Badge>
              {h.transferredFrom && (
                <Text size="xs" c="dimmed">
                  {t('calendar:holiday.transferredFrom', { date: format.day(h.transferredFrom) })}
                </Text>
              )}
            </Group>
            {editable && (
              <Group gap={4} wrap="nowrap">
                <ActionIcon variant="subtle" aria-label={`${h.name}: ${t('calendar:holiday.edit')}`} onClick={() => onEdit({ what: 'holiday', holiday: h })}>
                  <IconPencil size={16} aria-hidden />
                </ActionIcon>
                <ActionIcon variant="subtle" color="red" aria-label={`${h.name}: ${t('calendar:holiday.remove')}`} onClick={() => onRemove({ what: 'holiday', holiday: h })}>
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              </Group>
            )}
          </Group>
        ))}
      </Stack>
    </Section>
  );
}

/** The validation findings, errors first, each in the reader's language. */
export function FindingsSection({ year }: { year: YearDto }) {
  const { t } = useTranslation();
  const errors = year.findings.filter((f) => f.severity === 'error');
  const warnings = year.findings.filter((f) => f.severity === 'warning');
  return (
    <Section id="calendar-findings" title={t('calendar:section.findings')}>
      {year.findings.length === 0 ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={18} aria-hidden />}>
          {t('calendar:findings.none')}
        </Alert>
      ) : (
        <Stack gap="xs">
          {errors.length > 0 && (
            <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('calendar:findings.invalid', { count: errors.length })}>
              <List size="sm" spacing={2}>
                {errors.map((f, i) => (
                  <List.Item key={`${f.code}-${i}`} data-testid={`finding-${f.code}`}>
                    {f.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {warnings.length > 0 && (
            <Alert color="yellow" variant="light" icon={<IconInfoCircle size={18} aria-hidden />} title={t('calendar:findings.warnings', { count: warnings.length })}>
              <List size="sm" spacing={2}>
                {warnings.map((f, i) => (
                  <List.Item key={`${f.code}-${i}`} data-testid={`finding-${f.code}`}>
                    {f.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      )}
    </Section>
  );
}

/** The whole year: terms, periods and holidays, with the findings for the registrar. */
export function YearView({ year, ...handlers }: { year: YearDto } & Handlers) {
  return (
    <Stack gap="md">
      {handlers.editable && <FindingsSection year={year} />}
      <TermsSection year={year} {...handlers} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <PeriodsSection year={year} {...handlers} />
        <HolidaysSection year={year} {...handlers} />
      </SimpleGrid>
    </Stack>
  );
}
