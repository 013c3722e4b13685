import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CardDto, UpdateCardBody } from '../../../../shared/modules/staff/staff.contracts.ts';
import { DEGREES, EDUCATION_LEVELS, GENDERS, TITLES } from '../../../../shared/modules/staff/staff.vocabulary.ts';
import { updateCard } from '../api/staff-api.ts';
import { useStaffChanged } from '../hooks/use-staff.ts';
import { StaffDayInput, VocabularySelect } from './staff-fields.tsx';
import { ModalFormFooter } from '../../../components/ui/modal-form-footer.tsx';

type Values = Required<{ [K in keyof UpdateCardBody]: NonNullable<UpdateCardBody[K]> | '' }>;
const TEXTS = ['degreeField', 'education', 'phone', 'email', 'personalNumber', 'citizenship', 'address'] as const;

function valuesOf(card: CardDto): Values {
  const p = card.personal;
  return {
    birthDate: p?.birthDate ?? '', gender: card.gender, personalNumber: p?.personalNumber ?? '', citizenship: p?.citizenship ?? '', degree: card.degree, degreeField: card.degreeField ?? '',
    title: card.title, educationLevel: card.educationLevel, education: card.education ?? '', phone: card.phone ?? '', email: card.email ?? '', address: p?.address ?? '', hiredFirstOn: card.hiredFirstOn ?? '',
  };
}

/** Only what changed, empty text as "none"; personal data only when the reader sees it. */
function changes(card: CardDto, values: Values): UpdateCardBody {
  const before = valuesOf(card);
  const body: Record<string, unknown> = {};
  for (const key of Object.keys(values) as (keyof Values)[]) {
    const value = typeof values[key] === 'string' ? values[key].trim() : values[key];
    if (value === before[key]) continue;
    body[key] = value === '' ? ((TEXTS as readonly string[]).includes(key) || key === 'hiredFirstOn' ? null : undefined) : value;
  }
  return body;
}

/** Edits the card's facts (HR); the appointments change only by orders. */
export function EditCardModal({ card, opened, onClose }: { card: CardDto; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const changed = useStaffChanged();
  const form = useForm<Values>({ initialValues: valuesOf(card) });
  const mutation = useMutation({
    mutationFn: (values: Values) => updateCard(card.id, changes(card, values)),
    onSuccess: () => {
      changed();
      onClose();
    },
  });
  const text = (key: (typeof TEXTS)[number]) => <TextInput label={t(`staff:field.${key}`)} {...form.getInputProps(key)} data-testid={`edit-${key}`} />;
  return (
    <Modal opened={opened} onClose={onClose} title={t('staff:editCard.title')} size="lg">
      <form onSubmit={form.onSubmit((values) => mutation.mutate(values))} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <VocabularySelect label={t('staff:field.degree')} group="degree" values={DEGREES} {...form.getInputProps('degree')} />
            {text('degreeField')}
            <VocabularySelect label={t('staff:field.title')} group="academicTitle" values={TITLES} {...form.getInputProps('title')} />
            <VocabularySelect label={t('staff:field.educationLevel')} group="educationLevel" values={EDUCATION_LEVELS} {...form.getInputProps('educationLevel')} />
            {text('education')}
            {text('phone')}
            {text('email')}
            <StaffDayInput label={t('staff:field.hiredFirstOn')} clearable {...form.getInputProps('hiredFirstOn')} />
            {card.personal && (
              <>
                <StaffDayInput label={t('staff:field.birthDate')} {...form.getInputProps('birthDate')} />
                <VocabularySelect label={t('staff:field.gender')} group="gender" values={GENDERS} {...form.getInputProps('gender')} />
                {text('personalNumber')}
                {text('citizenship')}
                {text('address')}
              </>
            )}
          </SimpleGrid>
          <ModalFormFooter error={mutation.error} loading={mutation.isPending} submitLabel={t('common:action.save')} submitTestId="edit-card-submit" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
