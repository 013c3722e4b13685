import { Button, Card, EmptyState, Group, Select, Stack, Text } from '@mantine/core';
import { IconCalendarEvent, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrentDto, YearDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useFormat } from '../../../lib/use-format.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useMe } from '../../identity/index.ts';
import * as calendarApi from '../api/calendar-api.ts';
import { CalendarEditor, type Editing } from '../components/calendar-editors.tsx';
import { CreateYearModal } from '../components/create-year-modal.tsx';
import { YearView, type Removing } from '../components/year-view.tsx';
import { useCalendarChange, useCurrent, useYear, useYears } from '../hooks/use-calendar.ts';

/** Today in the calendar: the date, whether it is worked, the term and the periods running (or the next term). */
function TodayCard({ current }: { current: CurrentDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const term = current.term;
  const dates = (r: { startDate: string; endDate: string }) => t('calendar:page.dates', { start: format.day(r.startDate), end: format.day(r.endDate) });
  return (
    <Card withBorder padding="sm" data-testid="calendar-today">
      <Text fw={600}>
        {t('calendar:page.today', { date: format.day(current.today) })} — {current.isWorkingDay ? t('calendar:page.workingDay') : t('calendar:page.dayOff')}
      </Text>
      <Text size="sm">
        {term
          ? t('calendar:page.inTerm', { term: t(`calendar:termKind.${term.kind}`), dates: dates(term) })
          : current.nextTerm
            ? t('calendar:page.nextTerm', { term: t(`calendar:termKind.${current.nextTerm.kind}`), date: format.day(current.nextTerm.startDate) })
            : t('calendar:page.noTerm')}
      </Text>
      {current.periods.length > 0 && (
        <Group gap="xs" mt={4} wrap="wrap">
          {current.periods.map((p) => (
            <Text key={p.id} size="sm" c="blue">
              • {p.kind === 'event' && p.name ? p.name : t(`calendar:periodKind.${p.kind}`)} ({dates(p)})
            </Text>
          ))}
        </Group>
      )}
    </Card>
  );
}

/** What a removal says before it happens. */
function RemoveConfirm({ year, removing, onClose }: { year: YearDto; removing: Removing; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const remove = useCalendarChange((r: Removing) =>
    r.what === 'period' ? calendarApi.deletePeriod(year.id, r.period.id) : r.what === 'holiday' ? calendarApi.deleteHoliday(year.id, r.holiday.id) : calendarApi.deleteTerm(year.id, r.kind),
  );
  const text =
    removing.what === 'period'
      ? t('calendar:period.removeConfirm', { name: removing.period.name ?? t(`calendar:periodKind.${removing.period.kind}`), dates: t('calendar:page.dates', { start: format.day(removing.period.startDate), end: format.day(removing.period.endDate) }) })
      : removing.what === 'holiday'
        ? t('calendar:holiday.removeConfirm', { name: removing.holiday.name, date: format.day(removing.holiday.date) })
        : t('calendar:term.removeConfirm', { term: t(`calendar:termKind.${removing.kind}`) });
  const title = removing.what === 'period' ? t('calendar:period.removeTitle') : removing.what === 'holiday' ? t('calendar:holiday.removeTitle') : t('calendar:term.remove');
  return (
    <ConfirmModal opened title={title} confirmLabel={title} danger loading={remove.isPending} error={remove.error} onConfirm={() => remove.mutate(removing, { onSuccess: onClose })} onClose={onClose}>
      {text}
    </ConfirmModal>
  );
}

/** The academic calendar: every signed-in user reads it; the registrar's office edits it (terms, periods, holidays) and sees its findings. */
export function CalendarPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canManage = hasAbility(me.data, 'calendar.manage');
  const years = useYears();
  const current = useCurrent();
  const [{ year: chosen }, setUrl] = useUrlState(['year'] as const);
  const yearId = chosen || years.data?.find((y) => y.isCurrent)?.id || years.data?.[0]?.id || null;
  const year = useYear(yearId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<Removing | null>(null);
  const [creating, setCreating] = useState(false);
  const nextStart = Math.max(Number((current.data?.today ?? '2026').slice(0, 4)) - (Number((current.data?.today ?? '2026-09').slice(5, 7)) < 8 ? 1 : 0), ...(years.data ?? []).map((y) => y.startYear + 1));

  const picker = (years.data?.length ?? 0) > 0 && (
    <Select
      aria-label={t('calendar:page.year')}
      data={(years.data ?? []).map((y) => ({ value: y.id, label: y.code }))}
      value={yearId}
      allowDeselect={false}
      onChange={(value) => setUrl({ year: value ?? '' })}
      w={150}
      data-testid="calendar-year"
    />
  );
  const create = canManage && (
    <Button variant="light" leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setCreating(true)} data-testid="create-year">
      {t('calendar:page.createTitle')}
    </Button>
  );
  return (
    <Stack gap="md">
      <PageHeader title={t('calendar:page.title')} description={t('calendar:page.description')} testId="calendar-heading" actions={<>{picker}{create}</>} />
      {current.data && <TodayCard current={current.data} />}
      {years.isLoading && <LoadingState />}
      {years.error && <QueryError error={years.error} />}
      {years.data?.length === 0 && <EmptyState icon={<IconCalendarEvent size={28} aria-hidden />} title={t('calendar:page.noYears')} description={t('calendar:page.noYearsHint')} />}
      {year.error && <QueryError error={year.error} />}
      {year.data && (
        <YearView year={year.data} editable={year.data.canManage} today={current.data?.today ?? ''} onEdit={setEditing} onRemove={setRemoving} />
      )}
      {year.data && <CalendarEditor year={year.data} editing={editing} onClose={() => setEditing(null)} />}
      {year.data && removing && <RemoveConfirm year={year.data} removing={removing} onClose={() => setRemoving(null)} />}
      {creating && (
        <CreateYearModal
          startYear={nextStart}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            setUrl({ year: created.id });
          }}
        />
      )}
    </Stack>
  );
}
