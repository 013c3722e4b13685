import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { HolidayDto, PeriodDto, TermDto, YearDto } from '../../../../shared/modules/calendar/calendar.contracts.ts';
import { HOLIDAY_KINDS, PERIOD_KINDS, TERM_KINDS, type HolidayKind, type PeriodKind, type TermKind } from '../../../../shared/modules/calendar/calendar.vocabulary.ts';
import * as calendarApi from '../api/calendar-api.ts';
import { useCalendarChange } from '../hooks/use-calendar.ts';
import { CalendarDayInput, CalendarSelect } from './calendar-fields.tsx';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

/** The registrar's editors of a year: a term's days, a period, a holiday. Each saves and closes on success. */

const required = (message: string) => (value: string | null) => (value ? null : message);
const YEAR_WIDE = 'none';

export type Editing =
  | { what: 'term'; term: TermDto | null }
  | { what: 'period'; period: PeriodDto | null }
  | { what: 'holiday'; holiday: HolidayDto | null };

export function TermEditor({ year, term, onClose }: { year: YearDto; term: TermDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const missing = TERM_KINDS.filter((kind) => !year.terms.some((x) => x.kind === kind));
  const form = useForm<{ kind: TermKind; startDate: string | null; endDate: string | null }>({
    initialValues: { kind: term?.kind ?? missing[0] ?? 'summer', startDate: term?.startDate ?? null, endDate: term?.endDate ?? null },
    validate: { startDate: required(t('common:form.required')), endDate: required(t('common:form.required')) },
  });
  const save = useCalendarChange((v: typeof form.values) => calendarApi.putTerm(year.id, v.kind, { startDate: v.startDate!, endDate: v.endDate! }));
  return (
    <Modal opened onClose={onClose} title={term ? `${t(`calendar:termKind.${term.kind}`)} — ${t('calendar:term.edit')}` : t('calendar:term.add')}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v, { onSuccess: onClose }))} noValidate>
        <Stack gap="sm">
          {!term && <CalendarSelect label={t('calendar:field.term')} group="termKind" values={missing} {...form.getInputProps('kind')} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <CalendarDayInput label={t('calendar:field.startDate')} required {...form.getInputProps('startDate')} data-testid="term-start" />
            <CalendarDayInput label={t('calendar:field.endDate')} required {...form.getInputProps('endDate')} data-testid="term-end" />
          </SimpleGrid>
          <ModalFormFooter error={save.error} loading={save.isPending} submitTestId="term-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

interface PeriodValues {
  kind: PeriodKind;
  termKind: string;
  startDate: string | null;
  endDate: string | null;
  nameRu: string;
  nameKy: string;
  nameEn: string;
}

export function PeriodEditor({ year, period, onClose }: { year: YearDto; period: PeriodDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<PeriodValues>({
    initialValues: {
      kind: period?.kind ?? 'event',
      termKind: period?.termKind ?? YEAR_WIDE,
      startDate: period?.startDate ?? null,
      endDate: period?.endDate ?? null,
      nameRu: period?.nameRu ?? '',
      nameKy: period?.nameKy ?? '',
      nameEn: period?.nameEn ?? '',
    },
    validate: {
      startDate: required(t('common:form.required')),
      endDate: required(t('common:form.required')),
      nameRu: (v, values) => (values.kind === 'event' && !v.trim() ? t('common:form.required') : null),
      nameKy: (v, values) => (values.kind === 'event' && !v.trim() ? t('common:form.required') : null),
      nameEn: (v, values) => (values.kind === 'event' && !v.trim() ? t('common:form.required') : null),
    },
  });
  const save = useCalendarChange((v: PeriodValues) => {
    const name = (text: string) => (text.trim() === '' ? null : text.trim());
    const body = { kind: v.kind, termKind: v.termKind === YEAR_WIDE ? null : (v.termKind as TermKind), startDate: v.startDate!, endDate: v.endDate!, nameRu: name(v.nameRu), nameKy: name(v.nameKy), nameEn: name(v.nameEn) };
    return period ? calendarApi.updatePeriod(year.id, period.id, body) : calendarApi.createPeriod(year.id, body);
  });
  const terms = [{ value: YEAR_WIDE, label: t('calendar:period.yearWide') }, ...year.terms.map((x) => ({ value: x.kind, label: t(`calendar:termKind.${x.kind}`) }))];
  return (
    <Modal opened onClose={onClose} title={period ? t('calendar:period.edit') : t('calendar:period.add')} size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v, { onSuccess: onClose }))} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <CalendarSelect label={t('calendar:field.kind')} group="periodKind" values={PERIOD_KINDS} {...form.getInputProps('kind')} data-testid="period-kind" />
            <Select label={t('calendar:field.term')} allowDeselect={false} data={terms} {...form.getInputProps('termKind')} data-testid="period-term" />
            <CalendarDayInput label={t('calendar:field.startDate')} required {...form.getInputProps('startDate')} data-testid="period-start" />
            <CalendarDayInput label={t('calendar:field.endDate')} required {...form.getInputProps('endDate')} data-testid="period-end" />
          </SimpleGrid>
          <TextInput label={t('calendar:field.nameRu')} lang="ru" required={form.values.kind === 'event'} {...form.getInputProps('nameRu')} />
          <TextInput label={t('calendar:field.nameKy')} lang="ky" required={form.values.kind === 'event'} {...form.getInputProps('nameKy')} />
          <TextInput label={t('calendar:field.nameEn')} lang="en" required={form.values.kind === 'event'} {...form.getInputProps('nameEn')} />
          <ModalFormFooter error={save.error} loading={save.isPending} submitTestId="period-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

interface HolidayValues {
  date: string | null;
  kind: HolidayKind;
  nameRu: string;
  nameKy: string;
  nameEn: string;
}

export function HolidayEditor({ year, holiday, onClose }: { year: YearDto; holiday: HolidayDto | null; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm<HolidayValues>({
    initialValues: { date: holiday?.date ?? null, kind: holiday?.kind ?? 'dayOff', nameRu: holiday?.nameRu ?? '', nameKy: holiday?.nameKy ?? '', nameEn: holiday?.nameEn ?? '' },
    validate: {
      date: required(t('common:form.required')),
      nameRu: (v) => (v.trim() ? null : t('common:form.required')),
      nameKy: (v) => (v.trim() ? null : t('common:form.required')),
      nameEn: (v) => (v.trim() ? null : t('common:form.required')),
    },
  });
  const save = useCalendarChange((v: HolidayValues) => {
    const body = { date: v.date!, kind: v.kind, nameRu: v.nameRu.trim(), nameKy: v.nameKy.trim(), nameEn: v.nameEn.trim() };
    return holiday ? calendarApi.updateHoliday(year.id, holiday.id, body) : calendarApi.createHoliday(year.id, body);
  });
  return (
    <Modal opened onClose={onClose} title={holiday ? t('calendar:holiday.edit') : t('calendar:holiday.add')} size="lg">
      <form onSubmit={form.onSubmit((v) => save.mutate(v, { onSuccess: onClose }))} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <CalendarDayInput label={t('calendar:field.date')} required {...form.getInputProps('date')} data-testid="holiday-date" />
            <CalendarSelect label={t('calendar:field.holidayKind')} group="holidayKind" values={HOLIDAY_KINDS} {...form.getInputProps('kind')} data-testid="holiday-kind" />
          </SimpleGrid>
          <TextInput label={t('calendar:field.nameRu')} lang="ru" required {...form.getInputProps('nameRu')} data-testid="holiday-name-ru" />
          <TextInput label={t('calendar:field.nameKy')} lang="ky" required {...form.getInputProps('nameKy')} data-testid="holiday-name-ky" />
          <TextInput label={t('calendar:field.nameEn')} lang="en" required {...form.getInputProps('nameEn')} data-testid="holiday-name-en" />
          <ModalFormFooter error={save.error} loading={save.isPending} submitTestId="holiday-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** The editor of what is being edited, or nothing. */
export function CalendarEditor({ year, editing, onClose }: { year: YearDto; editing: Editing | null; onClose: () => void }) {
  if (!editing) return null;
  if (editing.what === 'term') return <TermEditor year={year} term={editing.term} onClose={onClose} />;
  if (editing.what === 'period') return <PeriodEditor year={year} period={editing.period} onClose={onClose} />;
  return <HolidayEditor year={year} holiday={editing.holiday} onClose={onClose} />;
}
