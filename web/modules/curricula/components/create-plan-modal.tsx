import { Modal, NumberInput, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PLAN_KINDS, type PlanKind } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import { useProgramOptions } from '../../students/index.ts';
import { createPlan } from '../api/curricula-api.ts';
import { usePlanChanged } from '../hooks/use-curricula.ts';
import { CurriculaSelect } from './curricula-vocabulary.tsx';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

interface Values {
  programId: string | null;
  kind: PlanKind;
  admissionYear: number | string;
  semesters: number | string;
}

/** A new draft: the base plan of a program, or its working plan for an admission year. */
export function CreatePlanModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = usePlanChanged();
  const programs = useProgramOptions();
  const form = useForm<Values>({
    initialValues: { programId: null, kind: 'working', admissionYear: new Date().getFullYear(), semesters: '' },
    validate: {
      programId: (v) => (v ? null : t('common:form.required')),
      admissionYear: (v, values) => (values.kind === 'working' && v === '' ? t('common:form.required') : null),
    },
  });
  const mutation = useMutation({
    mutationFn: (v: Values) =>
      createPlan({ programId: v.programId!, kind: v.kind, admissionYear: v.kind === 'working' ? Number(v.admissionYear) : null, ...(v.semesters === '' ? {} : { semesters: Number(v.semesters) }) }),
    onSuccess: (plan) => {
      changed(plan);
      onClose();
      void navigate(`/curricula/plans/${plan.id}`);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('curricula:plans.createTitle')} size="lg">
      <form onSubmit={form.onSubmit((v) => mutation.mutate(v))} noValidate>
        <Stack gap="sm">
          <Select label={t('curricula:plan.program')} required searchable data={programs.options} disabled={programs.isLoading} {...form.getInputProps('programId')} data-testid="plan-program" />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <CurriculaSelect label={t('curricula:plan.kind')} group="planKind" values={PLAN_KINDS} {...form.getInputProps('kind')} data-testid="plan-kind" />
            {form.values.kind === 'working' && <NumberInput label={t('curricula:plan.admissionYear')} required min={1990} max={2100} {...form.getInputProps('admissionYear')} data-testid="plan-admission-year" />}
            <NumberInput label={t('curricula:plan.semesters')} description={t('curricula:plans.semestersHint')} min={1} max={16} {...form.getInputProps('semesters')} data-testid="plan-semesters" />
          </SimpleGrid>
          <ModalFormFooter error={mutation.error} loading={mutation.isPending} submitLabel={t('curricula:plans.create')} submitTestId="create-plan-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
