import { Alert, Button, Group, List, NumberInput, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TERMS, type Term } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { CloseTermDto } from '../../../../shared/modules/registration/registration.enrolment.contracts.ts';
import type { OverviewDto } from '../../../../shared/modules/registration/registration.view.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { LoadingState } from '../../../components/ui/loading-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryError } from '../../../components/ui/query-error.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { isOneOf } from '../../../lib/is-one-of.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { useUnitOptions } from '../../org/index.ts';
import { closeRegistration, getOverview, listsHref, overviewKey, type OverviewFilter } from '../api/registration-api.ts';

// what the offices ask first (registered, held), then the plans by status
const COLUMNS = ['students', 'fullyRegistered', 'withHolds', 'none', 'draft', 'submitted', 'advisorApproved', 'deanApproved', 'accepted'] as const;

function CountsTable({ data }: { data: OverviewDto }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped fz="sm" data-testid="overview-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('registration:lists.group')}</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} ta="right">
                {t(`registration:overview.column.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.groups.map((g) => (
            <Table.Tr key={g.groupId} data-testid="overview-group" data-group={g.groupCode}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{g.groupCode}</Table.Td>
              {COLUMNS.map((c) => (
                <Table.Td key={c} ta="right">
                  {g[c]}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
          <Table.Tr fw={700} data-testid="overview-totals">
            <Table.Td>{t('registration:overview.total')}</Table.Td>
            {COLUMNS.map((c) => (
              <Table.Td key={c} ta="right">
                {data.totals[c]}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function CloseResult({ result }: { result: CloseTermDto }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" variant="light" title={t('registration:overview.closedTitle')} data-testid="close-result">
      <Text size="sm" fw={600}>{t('registration:overview.cancelled', { n: result.cancelled.length })}</Text>
      <List size="sm">
        {result.cancelled.map((c) => (
          <List.Item key={c.offeringId}>{t('registration:overview.cancelledLine', { discipline: c.discipline, students: c.students, minimum: c.minimum, until: c.rechooseUntil })}</List.Item>
        ))}
      </List>
      <Text size="sm" fw={600} mt="xs">{t('registration:overview.proposals', { n: result.proposals.length })}</Text>
      <List size="sm">
        {result.proposals.map((p) => (
          <List.Item key={`${p.offeringId}-${p.kind}`}>{t('registration:overview.proposalLine', { discipline: p.discipline, kind: t(`registration:sectionKind.${p.kind}`), enrolled: p.enrolled, waiting: p.waiting, capacity: p.suggestedCapacity })}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The registrar's overview (`/registration/overview`): per group, who stands where; the lists to XLSX; closing the term's registration. */
export function RegistrationOverviewPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const client = useQueryClient();
  const [filter, setFilter] = useState<OverviewFilter>({});
  const [confirming, setConfirming] = useState(false);
  const units = useUnitOptions(hasAbility(me, 'org.unit.read'), ['faculty', 'department']);
  const query = useQuery({ queryKey: overviewKey(filter), queryFn: () => getOverview(filter) });
  const data = query.data;
  const close = useMutation({
    mutationFn: () => closeRegistration(data?.academicYear ?? 0, data?.term ?? 'autumn'),
    onSuccess: () => {
      setConfirming(false);
      void client.invalidateQueries({ queryKey: ['registration-overview'] });
    },
  });
  const shown: OverviewFilter = data ? { ...filter, academicYear: data.academicYear, term: data.term } : filter;
  return (
    <Stack gap="sm">
      <PageHeader
        testId="overview-heading"
        title={t('registration:overview.title')}
        actions={
          <>
            <Button component="a" href={listsHref(shown)} variant="default" leftSection={<IconDownload size={16} aria-hidden />} data-testid="overview-xlsx">
              {t('registration:overview.download')}
            </Button>
            {data?.canClose && (
              <Button color="red" variant="light" onClick={() => setConfirming(true)} data-testid="overview-close">
                {t('registration:overview.close')}
              </Button>
            )}
          </>
        }
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NumberInput label={t('registration:overview.year')} value={shown.academicYear ?? ''} min={1990} max={2100} w={140} onChange={(v) => setFilter({ ...filter, academicYear: typeof v === 'number' ? v : undefined })} data-testid="overview-year" />
        <Select label={t('registration:overview.term')} value={shown.term ?? null} w={180} data={TERMS.map((term) => ({ value: term, label: t(`calendar:termKind.${term}`) }))} onChange={(v) => setFilter({ ...filter, term: isOneOf<Term>(TERMS, v) ? v : undefined })} data-testid="overview-term" />
        {units.options.length > 0 && (
          <Select label={t('registration:overview.unit')} value={filter.unitId ?? null} w={300} clearable searchable data={units.options} onChange={(v) => setFilter({ ...filter, unitId: v ?? undefined })} data-testid="overview-unit" />
        )}
      </Group>
      {close.data && <CloseResult result={close.data} />}
      {query.isPending ? <LoadingState /> : query.error ? <QueryError error={query.error} /> : <CountsTable data={query.data} />}
      <Text size="xs" c="dimmed">
        {t('registration:overview.hint')}
      </Text>
      <ConfirmModal
        opened={confirming}
        title={t('registration:overview.closeTitle', { term: data ? t(`calendar:termKind.${data.term}`) : '', year: data ? `${data.academicYear}-${data.academicYear + 1}` : '' })}
        confirmLabel={t('registration:overview.closeConfirm')}
        danger
        loading={close.isPending}
        error={close.error}
        onConfirm={() => close.mutate()}
        onClose={() => setConfirming(false)}
      >
        {t('registration:overview.closeConsequences')}
      </ConfirmModal>
    </Stack>
  );
}
