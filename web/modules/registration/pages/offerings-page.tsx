import { Alert, Button, EmptyState, Select, SimpleGrid, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconListDetails, IconWand } from '@tabler/icons-react';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TERMS, type Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { GenerateOfferingsDto, OfferingDto, SectionDto } from '../../../../shared/modules/registration/registration.offerings.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { SearchInput } from '../../../components/ui/search-input.tsx';
import { hasAbility, holdsRole } from '../../../lib/abilities.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';
import { useUrlState } from '../../../lib/use-url-state.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { cancelSection, currentTerm, generateOfferings, listOfferings, offeringsQueryKey } from '../api/offerings-api.ts';
import { OfferingsList, useSectionLabel } from '../components/offerings-list.tsx';
import { SectionModal } from '../components/section-modal.tsx';

const KEYS = ['year', 'term', 'q'] as const;
/** "2026/27" */
const yearLabel = (y: number) => `${y}/${String(y + 1).slice(2)}`;

/** The academic year and term today falls in (or the next term), from the calendar; September's year when it has none. */
function useDefaultTerm(): { year: number; term: Term } | null {
  const current = useQuery({ queryKey: ['calendar-current'], queryFn: currentTerm, staleTime: 60_000 });
  if (current.isPending) return null;
  const today = current.data?.today ?? new Date().toISOString().slice(0, 10);
  const fallback = Number(today.slice(5, 7)) >= 8 ? Number(today.slice(0, 4)) : Number(today.slice(0, 4)) - 1;
  return { year: current.data?.year?.startYear ?? fallback, term: current.data?.term?.kind ?? current.data?.nextTerm?.kind ?? 'autumn' };
}

/**
 * Course offerings (дисциплины семестра) of a term with their sections: the registrar's office generates
 * them from the approved working plans and adjusts sections; a department adjusts those of its disciplines.
 */
export function OfferingsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const client = useQueryClient();
  const fallback = useDefaultTerm();
  const [filters, setFilters, page] = useUrlState(KEYS);
  const year = Number(filters.year) || fallback?.year || 0;
  const term: Term = isOneOf(TERMS, filters.term) ? filters.term : (fallback?.term ?? 'autumn');
  const ready = year > 0;
  const query = useQuery({ queryKey: [...offeringsQueryKey, year, term, filters.q, page], queryFn: () => listOfferings({ academicYear: year, term, q: filters.q, page }), enabled: ready, placeholderData: keepPreviousData });
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<GenerateOfferingsDto | null>(null);
  const [editing, setEditing] = useState<{ offering: OfferingDto; section?: SectionDto } | null>(null);
  const [cancelling, setCancelling] = useState<{ offering: OfferingDto; section: SectionDto } | null>(null);
  const sectionLabel = useSectionLabel();
  const generate = useMutation({
    mutationFn: () => generateOfferings(year, term),
    onSuccess: (done) => {
      setResult(done);
      setConfirming(false);
      void client.invalidateQueries({ queryKey: offeringsQueryKey });
    },
  });
  const cancel = useMutation({
    mutationFn: (s: SectionDto) => cancelSection(s.id),
    onSuccess: () => {
      notifications.show({ color: 'green', message: t('registration:offerings.cancelledDone') });
      setCancelling(null);
      void client.invalidateQueries({ queryKey: offeringsQueryKey });
    },
  });
  const mayGenerate = hasAbility(me, 'registration.offering.manage') && (holdsRole(me, 'registrar') || holdsRole(me, 'administrator'));
  const years = ready ? [year - 1, year, year + 1].map((y) => ({ value: String(y), label: yearLabel(y) })) : [];
  const termName = t(`registration:term.${term}`);

  return (
    <Stack gap="md">
      <PageHeader
        testId="offerings-heading"
        title={t('registration:offerings.title')}
        description={t('registration:offerings.description')}
        actions={
          mayGenerate && (
            <Button leftSection={<IconWand size={16} aria-hidden />} onClick={() => setConfirming(true)} disabled={!ready} data-testid="offerings-generate">
              {t('registration:offerings.generate')}
            </Button>
          )
        }
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Select label={t('registration:offerings.academicYear')} allowDeselect={false} data={years} value={ready ? String(year) : null} onChange={(v) => setFilters({ year: v ?? '' })} data-testid="offerings-year" />
        <Select label={t('registration:offerings.term')} allowDeselect={false} data={TERMS.map((k) => ({ value: k, label: t(`registration:term.${k}`) }))} value={term} onChange={(v) => setFilters({ term: v ?? '' })} data-testid="offerings-term" />
        <SearchInput label={t('registration:offerings.search')} placeholder={t('registration:offerings.searchPlaceholder')} value={filters.q} onSearch={(q) => setFilters({ q })} />
      </SimpleGrid>
      {result && (
        <Alert color="green" withCloseButton onClose={() => setResult(null)} data-testid="offerings-result" title={t('registration:offerings.resultTitle', { term: t(`registration:term.${result.term}`), year: yearLabel(result.academicYear) })}>
          {t('registration:offerings.result', { created: result.created, sections: result.sections, kept: result.kept, groups: result.groups })}
        </Alert>
      )}
      {!ready || query.isPending ? (
        <LoadingState />
      ) : query.error ? (
        <QueryError error={query.error} />
      ) : query.data.items.length === 0 ? (
        <EmptyState icon={<IconListDetails size={28} aria-hidden />} title={t('registration:offerings.empty')} description={filters.q ? t('common:filter.emptyHint') : t(mayGenerate ? 'registration:offerings.emptyHintGenerate' : 'registration:offerings.emptyHint')} />
      ) : (
        <>
          <OfferingsList offerings={query.data.items} actions={{ onAdd: (offering) => setEditing({ offering }), onEdit: (offering, section) => setEditing({ offering, section }), onCancel: (offering, section) => setCancelling({ offering, section }) }} />
          <PagedFooter page={query.data.page} pageSize={query.data.pageSize} total={query.data.total} onPage={(p) => setFilters({ page: String(p) })} />
        </>
      )}
      <ConfirmModal opened={confirming} title={t('registration:offerings.generateTitle', { term: termName, year: yearLabel(year) })} confirmLabel={t('registration:offerings.generateConfirm')} loading={generate.isPending} error={generate.error} onConfirm={() => generate.mutate()} onClose={() => (generate.reset(), setConfirming(false))}>
        {t('registration:offerings.generateConsequences')}
      </ConfirmModal>
      <ConfirmModal opened={cancelling !== null} danger title={cancelling ? t('registration:offerings.cancelTitle', { name: sectionLabel(cancelling.section), discipline: cancelling.offering.disciplineCode }) : ''} confirmLabel={t('registration:offerings.cancelConfirm')} loading={cancel.isPending} error={cancel.error} onConfirm={() => cancelling && cancel.mutate(cancelling.section)} onClose={() => (cancel.reset(), setCancelling(null))}>
        {t('registration:offerings.cancelConsequences')}
      </ConfirmModal>
      {editing && <SectionModal offering={editing.offering} {...(editing.section ? { section: editing.section } : {})} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
