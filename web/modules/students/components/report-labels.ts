import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { reportKeyLabel, type ReportKeyKind } from '../../../../shared/modules/students/rules/report-labels.ts';

/** What a key of a report dimension or distribution reads as, in the current language (the XLSX uses the same words). */
export function useReportKeyLabel() {
  const { t } = useTranslation();
  return useCallback((kind: ReportKeyKind, key: string, labels: Record<string, string>) => reportKeyLabel((k, p) => t(k, p ?? {}), kind, key, labels), [t]);
}
