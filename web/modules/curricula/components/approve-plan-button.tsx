import { Button, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { ConfirmModal } from '../../../components/ui/confirm-modal.tsx';
import { approvePlan } from '../api/curricula-api.ts';
import { usePlanChanged } from '../hooks/use-curricula.ts';

/**
 * Approval by the registrar's office: refused while the plan has errors (the reason is said beside the button),
 * confirmed with its consequences spelled out — the plan is then fixed and changes only through a new version.
 */
export function ApprovePlanButton({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const changed = usePlanChanged();
  const [confirming, setConfirming] = useState(false);
  const approve = useMutation({
    mutationFn: () => approvePlan(plan.id),
    onSuccess: (approved) => {
      setConfirming(false);
      changed(approved);
    },
  });
  if (!plan.canApprove) return null;
  const errors = plan.findings.filter((f) => f.severity === 'error').length;
  const reasonId = `approve-reason-${plan.id}`;
  return (
    <Stack gap={2} align="flex-end">
      <Button leftSection={<IconCircleCheck size={16} aria-hidden />} color="green" disabled={errors > 0} onClick={() => setConfirming(true)} aria-describedby={errors > 0 ? reasonId : undefined} data-testid="approve-plan">
        {t('curricula:approve.action')}
      </Button>
      {errors > 0 && (
        <Text size="xs" c="red" id={reasonId} data-testid="approve-disabled-reason">
          {t('curricula:approve.disabled', { n: errors })}
        </Text>
      )}
      <ConfirmModal opened={confirming} title={t('curricula:approve.title')} confirmLabel={t('curricula:approve.confirm')} loading={approve.isPending} error={approve.error} onConfirm={() => approve.mutate()} onClose={() => setConfirming(false)}>
        <span data-testid="approve-consequences">
          {t('curricula:approve.body', { program: `${plan.programCode} — ${plan.programName}`, version: plan.version })}
        </span>
        {[t('curricula:approve.fixed'), t('curricula:approve.versionOnly'), t('curricula:approve.supersedes'), ...(plan.findings.length > 0 ? [t('curricula:approve.warnings', { n: plan.findings.length })] : [])].map((line) => (
          <span key={line} style={{ display: 'block', marginTop: 6 }}>
            • {line}
          </span>
        ))}
      </ConfirmModal>
    </Stack>
  );
}
