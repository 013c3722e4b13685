import { Modal, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisciplineDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { COMPONENTS, CYCLES, GROUP_KINDS, TRACKS, type Component, type Cycle, type GroupKind, type Track } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { weeklyHours } from '../../../../shared/modules/curricula/rules/weekly-hours.ts';
import { inLang, useDisciplines, useReaderLang } from '../hooks/use-curricula.ts';
import { CurriculaSelect } from './curricula-vocabulary.tsx';
import type { DraftLine } from './plan-draft.ts';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

interface Values {
  disciplineId: string | null;
  semester: string;
  groupKind: GroupKind;
  electiveGroup: string | null;
  cycle: Cycle;
  component: Component;
  track: Track;
  midterms: number | string;
}

interface Props {
  /** the line to change; none to add one */
  line: DraftLine | null;
  semester: number;
  semesters: number;
  /** teaching weeks of a semester, for the weekly hours of a discipline added */
  teachingWeeks: number;
  groups: string[];
  /** disciplines already in the plan (not offered again) */
  taken: string[];
  onSave: (line: DraftLine) => void;
  onClose: () => void;
}

/** Picks a discipline from the catalog as the user types its code or name. */
function DisciplinePicker({ taken, onPick, ...props }: { taken: string[]; onPick: (d: DisciplineDto | null) => void; value: string | null; error?: unknown }) {
  const { t } = useTranslation();
  const lang = useReaderLang();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useDisciplines({ q: q || undefined, pageSize: 30 });
  const items = useMemo(() => (found.data?.items ?? []).filter((d) => !taken.includes(d.id)), [found.data, taken]);
  const data = items.map((d) => ({ value: d.id, label: `${d.code} — ${inLang(d.name, lang)} (${t('curricula:discipline.creditsValue', { credits: d.credits })})` }));
  return (
    <Select
      label={t('curricula:line.discipline')}
      description={t('curricula:line.disciplineHint')}
      required
      searchable
      data={data}
      value={props.value}
      error={props.error as string | undefined}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common:search.nothingFound')}
      onChange={(id) => onPick(items.find((d) => d.id === id) ?? null)}
      data-testid="line-discipline"
    />
  );
}

/** A line of the plan: the discipline (when added), its semester, group (a/b/c), elective group, cycle, component, Major/Minor, midterms. */
export function PlanLineModal({ line, semester, semesters, teachingWeeks, groups, taken, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<DisciplineDto | null>(null);
  const form = useForm<Values>({
    initialValues: {
      disciplineId: line?.disciplineId ?? null,
      semester: String(line?.semester ?? semester),
      groupKind: line?.groupKind ?? 'fixed',
      electiveGroup: line?.electiveGroup ?? null,
      cycle: line?.cycle ?? 'professional',
      component: line?.component ?? 'university',
      track: line?.track ?? 'major',
      midterms: line?.midterms ?? '',
    },
    validate: {
      disciplineId: (v) => (v ? null : t('common:form.required')),
      electiveGroup: (v, values) => (values.groupKind === 'elective' && !v ? t('curricula:line.electiveGroupRequired') : null),
    },
  });
  const lang = useReaderLang();
  const save = (v: Values) => {
    const base = line ?? (picked && { disciplineId: picked.id, code: picked.code, name: inLang(picked.name, lang), credits: picked.credits, weeklyHours: weeklyHours(picked.hours, teachingWeeks) });
    if (!base) return;
    onSave({
      disciplineId: base.disciplineId,
      code: base.code,
      name: base.name,
      credits: base.credits,
      weeklyHours: base.weeklyHours,
      semester: Number(v.semester),
      groupKind: v.groupKind,
      electiveGroup: v.groupKind === 'elective' ? v.electiveGroup : null,
      cycle: v.cycle,
      component: v.component,
      track: v.track,
      midterms: v.midterms === '' ? null : Number(v.midterms),
    });
  };
  return (
    <Modal opened onClose={onClose} title={t(line ? 'curricula:line.editTitle' : 'curricula:line.addTitle', { code: line?.code ?? '' })} size="lg">
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="sm">
          {!line && (
            <DisciplinePicker
              taken={taken}
              value={form.values.disciplineId}
              error={form.errors.disciplineId}
              onPick={(d) => {
                setPicked(d);
                form.setFieldValue('disciplineId', d?.id ?? null);
              }}
            />
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select label={t('curricula:line.semester')} allowDeselect={false} data={Array.from({ length: semesters }, (_, i) => String(i + 1))} {...form.getInputProps('semester')} data-testid="line-semester" />
            <CurriculaSelect label={t('curricula:line.groupKind')} group="groupKind" values={GROUP_KINDS} {...form.getInputProps('groupKind')} data-testid="line-group-kind" />
            {form.values.groupKind === 'elective' && (
              <Select label={t('curricula:line.electiveGroup')} description={t('curricula:line.electiveGroupHint')} required data={groups} {...form.getInputProps('electiveGroup')} data-testid="line-elective-group" />
            )}
            <CurriculaSelect label={t('curricula:line.cycle')} group="cycle" values={CYCLES} {...form.getInputProps('cycle')} data-testid="line-cycle" />
            <CurriculaSelect label={t('curricula:line.component')} group="component" values={COMPONENTS} {...form.getInputProps('component')} data-testid="line-component" />
            <CurriculaSelect label={t('curricula:line.track')} description={t('curricula:line.trackHint')} group="track" values={TRACKS} {...form.getInputProps('track')} data-testid="line-track" />
            <NumberInput label={t('curricula:line.midterms')} description={t('curricula:line.midtermsHint')} min={0} max={3} {...form.getInputProps('midterms')} data-testid="line-midterms" />
          </SimpleGrid>
          <ModalFormFooter error={null} loading={false} submitLabel={t(line ? 'curricula:line.apply' : 'curricula:line.add')} submitTestId="line-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
