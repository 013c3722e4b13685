import { Button } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { fetchPlanDocument, saveFile, type PlanDocumentKind } from '../api/plan-documents-api.ts';
import { ImportPlanModal } from './import-plan-modal.tsx';

/** The plan's documents: download as XLSX or PDF; on a draft the department may import its lines from XLSX. */
export function PlanDocuments({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const download = useMutation({
    mutationFn: async (kind: PlanDocumentKind) => {
      const { blob, fileName } = await fetchPlanDocument(plan.id, kind, `plan-${plan.programCode}-v${plan.version}.${kind}`);
      saveFile(blob, fileName);
    },
  });
  const button = (kind: PlanDocumentKind, Icon: typeof IconFileTypePdf) => (
    <Button variant="default" leftSection={<Icon size={16} aria-hidden />} loading={download.isPending && download.variables === kind} onClick={() => download.mutate(kind)} data-testid={`plan-download-${kind}`}>
      {t(`curricula:documents.${kind}`)}
    </Button>
  );
  return (
    <>
      {button('xlsx', IconFileSpreadsheet)}
      {button('pdf', IconFileTypePdf)}
      {plan.canManage && (
        <Button variant="default" leftSection={<IconUpload size={16} aria-hidden />} onClick={() => setImporting(true)} data-testid="plan-import">
          {t('curricula:import.action')}
        </Button>
      )}
      {download.error && (
        <div style={{ flexBasis: '100%' }} data-testid="plan-download-error">
          <ErrorAlert error={download.error} />
        </div>
      )}
      {importing && <ImportPlanModal plan={plan} onClose={() => setImporting(false)} />}
    </>
  );
}
