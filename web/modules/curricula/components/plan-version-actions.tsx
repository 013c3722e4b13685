import { Button, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { IconCopy, IconVersions } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PlanDto } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { hasAbility } from '../../../lib/abilities.ts';
import { useSignedInMe } from '../../identity/index.ts';
import { copyPlan, newPlanVersion } from '../api/curricula-api.ts';
import { usePlanChanged } from '../hooks/use-curricula.ts';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

/** "Copy to admission year": the plan as the working plan of another year, a draft to adjust and approve. */
function CopyPlanModal({ plan, onClose }: { plan: PlanDto; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = usePlanChanged();
  const [year, setYear] = useState<number | string>((plan.admissionYear ?? new Date().getFullYear()) + 1);
  const copy = useMutation({
    mutationFn: () => copyPlan(plan.id, Number(year)),
    onSuccess: (copied) => {
      changed(copied);
      onClose();
      void navigate(`/curricula/plans/${copied.id}`);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('curricula:versions.copyTitle')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          copy.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('curricula:versions.copyBody')}</Text>
          <NumberInput label={t('curricula:plan.admissionYear')} required min={1990} max={2100} value={year} onChange={setYear} data-testid="copy-year" />
          <ModalFormFooter error={copy.error} loading={copy.isPending} submitLabel={t('curricula:versions.copy')} submitTestId="copy-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}

/** How an approved plan changes: a new draft version of it; and any plan copied to another admission year. */
export function PlanVersionActions({ plan }: { plan: PlanDto }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const changed = usePlanChanged();
  const [copying, setCopying] = useState(false);
  const version = useMutation({
    mutationFn: () => newPlanVersion(plan.id),
    onSuccess: (draft) => {
      changed(draft);
      void navigate(`/curricula/plans/${draft.id}`);
    },
  });
  if (!hasAbility(me, 'curricula.plan.manage')) return null;
  return (
    <>
      {plan.status === 'approved' && (
        <Button variant="light" leftSection={<IconVersions size={16} aria-hidden />} loading={version.isPending} onClick={() => version.mutate()} data-testid="new-version">
          {t('curricula:versions.new')}
        </Button>
      )}
      <Button variant="light" leftSection={<IconCopy size={16} aria-hidden />} onClick={() => setCopying(true)} data-testid="copy-plan">
        {t('curricula:versions.copy')}
      </Button>
      {version.error && <ErrorAlert error={version.error} />}
      {copying && <CopyPlanModal plan={plan} onClose={() => setCopying(false)} />}
    </>
  );
}
