import { Alert, Badge, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../api/import-api.ts';

const PAGE_SIZE = 100;

/** What a dry run found: how many rows are good, and each problem with its row, column and reason. */
export function ImportReportView({ report, columnOf }: { report: ImportReport; columnOf: (field: string) => string }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(report.errors.length / PAGE_SIZE));
  const shown = report.errors.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  return (
    <Stack gap="sm" data-testid="import-report">
      <Group gap="xs">
        <Badge variant="light">{t('students-import:report.rows', { count: report.rows })}</Badge>
        <Badge variant="light" color="green">{t('students-import:report.valid', { count: report.valid })}</Badge>
        <Badge variant="light" color={report.errors.length ? 'red' : 'gray'} data-testid="import-error-count">
          {t('students-import:report.problems', { count: report.errors.length })}
        </Badge>
      </Group>
      {report.errors.length === 0 ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck size={18} aria-hidden />}>
          {t('students-import:report.clean')}
        </Alert>
      ) : (
        <>
          <Text size="sm">{t('students-import:report.fixHint')}</Text>
          <Table.ScrollContainer minWidth={520}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('students-import:report.row')}</Table.Th>
                  <Table.Th>{t('students-import:report.column')}</Table.Th>
                  <Table.Th>{t('students-import:report.reason')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((error, index) => (
                  <Table.Tr key={`${error.row}-${error.field}-${index}`} data-testid="import-error">
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>{columnOf(error.field)}</Table.Td>
                    <Table.Td>{error.message}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} aria-label={t('students-import:report.pages')} />}
        </>
      )}
    </Stack>
  );
}
