import { Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContingentDimension } from '../../../../shared/modules/students/rules/contingent.ts';
import type { ContingentReportDto } from '../../../../shared/modules/students/students-reports.contracts.ts';
import { PagedFooter } from '../../../components/ui/paged-footer.tsx';
import { useFormat } from '../../../lib/use-format.ts';
import { useReportKeyLabel } from './report-labels.ts';

const PAGE_SIZE = 100;

/** The header row: the row dimensions, the column keys, the total. */
function PivotHead({ report }: { report: ContingentReportDto }) {
  const { t } = useTranslation();
  const keyLabel = useReportKeyLabel();
  const column = report.columnDimension;
  return (
    <Table.Thead>
      <Table.Tr>
        {report.rowDimensions.map((dimension) => (
          <Table.Th key={dimension} scope="col">
            {t(`students-reports:dimension.${dimension}`)}
          </Table.Th>
        ))}
        {report.rowDimensions.length === 0 && <Table.Th scope="col" />}
        {column && report.columnKeys.map((key) => <Table.Th key={key} scope="col" ta="right">{keyLabel(column, key, report.labels)}</Table.Th>)}
        <Table.Th scope="col" ta="right">
          {t('students-reports:total')}
        </Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}

/** The contingent pivot: one row per combination of the row dimensions, a column per key of the column dimension, totals at the end. */
export function ReportPivotTable({ report }: { report: ContingentReportDto }) {
  const { t } = useTranslation();
  const format = useFormat();
  const keyLabel = useReportKeyLabel();
  const [page, setPage] = useState(1);
  const column = report.columnDimension;
  const rows = report.rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const totalLabelSpan = Math.max(1, report.rowDimensions.length);
  return (
    <>
      <Table.ScrollContainer minWidth={320}>
        <Table striped withTableBorder withColumnBorders data-testid="report-pivot" captionSide="top">
          <Table.Caption>{t('students-reports:tableCaption', { date: format.day(report.date) })}</Table.Caption>
          <PivotHead report={report} />
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key.join('|')} data-testid="report-row">
                {row.key.map((key, i) => (
                  <Table.Td key={i}>{keyLabel(report.rowDimensions[i] as ContingentDimension, key, report.labels)}</Table.Td>
                ))}
                {report.rowDimensions.length === 0 && <Table.Td>{t('students-reports:total')}</Table.Td>}
                {column && row.cells.map((cell, i) => <Table.Td key={i} ta="right">{format.number(cell)}</Table.Td>)}
                <Table.Td ta="right" fw={600}>
                  {format.number(row.total)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="report-totals">
              <Table.Th scope="row" colSpan={totalLabelSpan}>
                {t('students-reports:total')}
              </Table.Th>
              {column && report.columnTotals.map((cell, i) => <Table.Td key={i} ta="right" fw={600}>{format.number(cell)}</Table.Td>)}
              <Table.Td ta="right" fw={700}>
                {format.number(report.total)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      {report.rows.length > PAGE_SIZE && <PagedFooter page={page} pageSize={PAGE_SIZE} total={report.rows.length} onPage={setPage} />}
    </>
  );
}
