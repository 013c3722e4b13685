import { Alert, Badge, Button, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck, IconFileSpreadsheet } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import type { PlanImportResult } from '../api/curricula-api.ts';
import { importPlan } from '../api/plan-documents-api.ts';
import { usePlanChanged } from '../hooks/use-curricula.ts';
import { whereOf } from './plan-findings.tsx';

/** What a dry run found: the lines it read, each bad row with its column and reason, and the plan's findings after it. */
function ImportReport({ result }: { result: PlanImportResult }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" data-testid="plan-import-report">
      <Group gap="xs">
        <Badge variant="light" tt="none">{t('curricula:import.lines', { n: result.lines })}</Badge>
        <Badge variant="light" color={result.errors.length ? 'red' : 'gray'} tt="none" data-testid="plan-import-error-count">{t('curricula:import.errors', { n: result.errors.length })}</Badge>
      </Group>
      {result.errors.length === 0 ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={18} aria-hidden />}>{t('curricula:import.clean')}</Alert>
      ) : (
        <Table.ScrollContainer minWidth={420}>
          <Table striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('curricula:import.row')}</Table.Th>
                <Table.Th>{t('curricula:import.column')}</Table.Th>
                <Table.Th>{t('curricula:import.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((e, i) => (
                <Table.Tr key={`${e.row}-${e.column ?? ''}-${i}`} data-testid="plan-import-error">
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{e.column ?? '—'}</Table.Td>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {result.findings.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>{t('curricula:import.findings')}</Text>
          {result.findings.map((f, i) => (
            <Text key={`${f.code}-${i}`} size="sm" c={f.severity === 'error' ? 'red' : 'yellow.8'}>
              {whereOf(t, f)}: {f.message}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** Lines of a draft from an XLSX file: checked first (a dry run), then imported, replacing the draft's content. */
export function ImportPlanModal({ plan, onClose }: { plan: PlanDto; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = usePlanChanged();
  const [file, setFile] = useState<File | null>(null);
  const check = useMutation({ mutationFn: (f: File) => importPlan(plan.id, f, true) });
  const apply = useMutation({
    mutationFn: (f: File) => importPlan(plan.id, f, false),
    onSuccess: (result) => {
      if (!result.applied) return;
      changed();
      onClose();
    },
  });
  const choose = (next: File | null) => {
    setFile(next);
    check.reset();
    apply.reset();
    if (next) check.mutate(next);
  };
  const report = apply.data ?? check.data;
  const isClean = check.data !== undefined && check.data.errors.length === 0;
  return (
    <Modal opened onClose={onClose} title={t('curricula:import.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('curricula:import.description')}</Text>
        <FileInput
          label={t('curricula:import.file')}
          placeholder={t('curricula:import.filePlaceholder')}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
          value={file}
          onChange={choose}
          clearable
          data-testid="plan-import-file"
        />
        {check.isPending && <Text size="sm">{t('curricula:import.checking')}</Text>}
        {check.error && <ErrorAlert error={check.error} />}
        {apply.error && <ErrorAlert error={apply.error} />}
        {report && <ImportReport result={report} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button disabled={!file || !isClean} loading={apply.isPending} onClick={() => file && apply.mutate(file)} data-testid="plan-import-apply">
            {t('curricula:import.apply', { n: check.data?.lines ?? 0 })}
          </Button>
        </Group>
        {isClean && <Text size="xs" c="dimmed">{t('curricula:import.replaces')}</Text>}
      </Stack>
    </Modal>
  );
}
