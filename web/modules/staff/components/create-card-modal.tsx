import { Modal, Select, SimpleGrid, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEGREES, EDUCATION_LEVELS, GENDERS, TITLES, type Degree, type EducationLevel, type Gender, type Title } from '../../../../shared/modules/staff/staff.vocabulary.ts';
import { fullName } from '../../../lib/format.ts';
import { usePeople } from '../../identity/index.ts';
import { createCard } from '../api/staff-api.ts';
import { useStaffChanged } from '../hooks/use-staff.ts';
import { StaffDayInput, VocabularySelect } from './staff-fields.tsx';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

interface Values {
  userId: string | null;
  birthDate: string | null;
  gender: Gender;
  educationLevel: EducationLevel;
  degree: Degree;
  title: Title;
}

/** Finds the person (their account) the card is for, by name or login, as the user types. */
function PersonPicker({ value = null, onChange, error }: { value?: string | null; onChange: (id: string | null) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const people = usePeople({ q, page: 1, pageSize: 20 }, q.length >= 2);
  const data = (people.data?.items ?? []).map((p) => ({ value: p.id, label: `${fullName(p)} (${p.username})` }));
  return (
    <Select label={t('staff:createCard.person')} description={t('staff:createCard.personHint')} required searchable clearable data={data} value={value} error={error} onSearchChange={setSearch} filter={({ options }) => options} onChange={onChange} data-testid="card-person" />
  );
}

/** A new staff card for a person who has an account; their appointments come only from HR orders. */
export function CreateCardModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const changed = useStaffChanged();
  const form = useForm<Values>({
    initialValues: { userId: null, birthDate: null, gender: 'female', educationLevel: 'higher', degree: 'none', title: 'none' },
    validate: { userId: (v) => (v ? null : t('common:form.required')), birthDate: (v) => (v ? null : t('common:form.required')) },
  });
  const mutation = useMutation({
    mutationFn: (values: Values) => createCard({ ...values, userId: values.userId!, birthDate: values.birthDate! }),
    onSuccess: (card) => {
      changed();
      onClose();
      void navigate(`/staff/cards/${card.id}`);
    },
  });
  return (
    <Modal opened={opened} onClose={onClose} title={t('staff:createCard.title')} size="lg">
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack gap="sm">
          <PersonPicker {...form.getInputProps('userId')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <StaffDayInput label={t('staff:field.birthDate')} required {...form.getInputProps('birthDate')} data-testid="card-birthDate" />
            <VocabularySelect label={t('staff:field.gender')} group="gender" values={GENDERS} {...form.getInputProps('gender')} />
            <VocabularySelect label={t('staff:field.educationLevel')} group="educationLevel" values={EDUCATION_LEVELS} {...form.getInputProps('educationLevel')} />
            <VocabularySelect label={t('staff:field.degree')} group="degree" values={DEGREES} {...form.getInputProps('degree')} />
            <VocabularySelect label={t('staff:field.title')} group="academicTitle" values={TITLES} {...form.getInputProps('title')} />
          </SimpleGrid>
          <ModalFormFooter error={mutation.error} loading={mutation.isPending} submitLabel={t('staff:createCard.submit')} submitTestId="create-card-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
