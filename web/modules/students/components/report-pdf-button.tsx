import { Button } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** "Print (PDF)": opens a server-made PDF (a group list, a personal card) in a new tab, with the session cookie. */
export function ReportPdfButton({ href, testId }: { href: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Button component="a" href={href} target="_blank" rel="noopener" variant="default" size="sm" leftSection={<IconPrinter size={16} aria-hidden />} data-testid={testId}>
      {t('students-reports:printPdf')}
    </Button>
  );
}
