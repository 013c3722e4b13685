import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES } from '../../../../shared/i18n/languages.ts';
import type { ImportField } from '../../../../shared/modules/students/students.vocabulary.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { i18n } from '../../../lib/i18n.ts';
import { readImportHeaders, sendImport, type ImportMapping, type ImportReport } from '../api/import-api.ts';
import { guessMapping, missingRequired } from '../components/import-mapping.ts';
import { ImportMappingForm } from '../components/import-mapping-form.tsx';
import { ImportReportView } from '../components/import-report.tsx';

/** A field's labels in every language: the headers our own export writes, so an exported file maps itself. */
const labelsOf = (field: ImportField) => LANGUAGES.map((lang) => i18n.getFixedT(lang)(`students-export:columns.${field}`));

/**
 * Student cards from a CSV or XLSX file: choose the file, match its columns to the card's fields,
 * check it (a dry run that reports every bad row), and import every row in one go once it is clean.
 */
export function ImportStudentsPage() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [headers, setHeaders] = useState<string[] | null>(null);
  const [mapping, setMapping] = useState<ImportMapping>({});
  const [report, setReport] = useState<ImportReport | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [imported, setImported] = useState<number | null>(null);

  const reading = useMutation({
    mutationFn: readImportHeaders,
    onSuccess: (found) => {
      setHeaders(found);
      setMapping(guessMapping(found, labelsOf));
    },
  });
  const checking = useMutation({ mutationFn: (m: ImportMapping) => sendImport(file as File, m, true), onSuccess: setReport });
  const importing = useMutation({
    mutationFn: () => sendImport(file as File, mapping, false),
    onSuccess: (done) => {
      setConfirming(false);
      setImported(done.imported);
      void client.invalidateQueries({ queryKey: ['students'] });
    },
  });

  const choose = (next: File | null) => {
    setFile(next);
    setHeaders(null);
    setReport(null);
    setImported(null);
    reading.reset();
    checking.reset();
    importing.reset();
    if (next) reading.mutate(next);
  };
  const remap = (next: ImportMapping) => {
    setMapping(next);
    setReport(null);
  };
  const missing = missingRequired(mapping);
  const columnOf = (field: string) => mapping[field as ImportField] ?? field;
  const isClean = report !== null && report.errors.length === 0 && report.rows > 0;

  return (
    <Stack gap="md">
      <PageHeader testId="import-heading" title={t('students-import:title')} description={t('students-import:description')} />
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">{t('students-import:step.file')}</Title>
          <FileInput
            label={t('students-import:file.label')}
            description={t('students-import:file.hint')}
            placeholder={t('students-import:file.placeholder')}
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            value={file}
            onChange={choose}
            clearable
            data-testid="import-file"
          />
          {reading.isPending && <Text size="sm">{t('students-import:file.reading')}</Text>}
          {reading.error && <ErrorAlert error={reading.error} />}
        </Stack>
      </Paper>
      {headers && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">{t('students-import:step.mapping')}</Title>
            <Text size="sm" c="dimmed">{t('students-import:mapping.hint', { count: headers.length })}</Text>
            <ImportMappingForm headers={headers} mapping={mapping} onChange={remap} />
            {missing.length > 0 && (
              <Text size="sm" c="red" data-testid="import-missing">
                {t('students-import:mapping.missing', { fields: missing.map((f) => t(`students-export:columns.${f}`)).join(', ') })}
              </Text>
            )}
            <Group>
              <Button onClick={() => checking.mutate(mapping)} disabled={missing.length > 0} loading={checking.isPending} data-testid="import-check">
                {t('students-import:action.check')}
              </Button>
            </Group>
            {checking.error && <ErrorAlert error={checking.error} />}
          </Stack>
        </Paper>
      )}
      {report && (
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">{t('students-import:step.report')}</Title>
            <ImportReportView report={report} columnOf={columnOf} />
            {isClean && imported === null && (
              <Group>
                <Button leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setConfirming(true)} data-testid="import-run">
                  {t('students-import:action.import', { count: report.rows })}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      )}
      {imported !== null && (
        <Alert color="green" variant="light" data-testid="import-done" title={t('students-import:done.title', { count: imported })}>
          <Text size="sm">{t('students-import:done.hint')}</Text>
          <Anchor component={Link} to="/students" size="sm">{t('students-import:done.toList')}</Anchor>
        </Alert>
      )}
      <ConfirmModal
        opened={confirming}
        title={t('students-import:confirm.title')}
        confirmLabel={t('students-import:action.import', { count: report?.rows ?? 0 })}
        loading={importing.isPending}
        error={importing.error}
        onConfirm={() => importing.mutate()}
        onClose={() => setConfirming(false)}
      >
        {t('students-import:confirm.body', { count: report?.rows ?? 0 })}
      </ConfirmModal>
    </Stack>
  );
}
