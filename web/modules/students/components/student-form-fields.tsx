import { Fieldset, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { GENDERS } from '../../../../shared/modules/students/students.vocabulary.ts';
import { DayInput } from './day-input.tsx';
import type { StudentCardValues } from './student-form.ts';
import { vocabularyOptions } from './vocabulary.tsx';

/** The part of a Mantine form these fields use (forms with more fields fit too). */
export interface CardFieldsForm {
  getInputProps: (path: keyof StudentCardValues) => object;
}

interface StudentFormFieldsProps {
  form: CardFieldsForm;
  /** personal documents (PIN, passport, address): shown only to readers who may see them */
  withDocuments: boolean;
}

/** Every field of a student card, in the groups the card shows them. */
export function StudentFormFields({ form, withDocuments }: StudentFormFieldsProps) {
  const { t } = useTranslation();
  const props = (path: keyof StudentCardValues) => ({ ...form.getInputProps(path), 'data-testid': `field-${path}` });
  return (
    <Stack gap="sm">
      <Fieldset legend={t('students:card.identity')}>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput label={t('common:person.lastName')} required autoComplete="off" {...props('lastName')} />
          <TextInput label={t('common:person.firstName')} required autoComplete="off" {...props('firstName')} />
          <TextInput label={t('common:person.patronymic')} autoComplete="off" {...props('patronymic')} />
          <TextInput label={t('students:field.lastNameLatin')} autoComplete="off" {...props('lastNameLatin')} />
          <TextInput label={t('students:field.firstNameLatin')} autoComplete="off" {...props('firstNameLatin')} />
          <DayInput label={t('students:field.birthDate')} required {...props('birthDate')} />
          <Select label={t('students:field.gender')} required data={vocabularyOptions(t, 'gender', GENDERS)} {...props('gender')} />
          <TextInput label={t('students:field.nationality')} autoComplete="off" {...props('nationality')} />
          <TextInput
            label={t('students:field.citizenship')}
            description={t('students:form.citizenshipHint')}
            required
            maxLength={2}
            autoComplete="off"
            {...props('citizenship')}
          />
        </SimpleGrid>
      </Fieldset>
      {withDocuments && (
        <Fieldset legend={t('students:card.documents')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('students:field.personalNumber')}
              description={t('students:form.pinHint')}
              inputMode="numeric"
              maxLength={14}
              autoComplete="off"
              {...props('personalNumber')}
            />
            <TextInput
              label={t('students:field.passportNumber')}
              description={t('students:form.passportHint')}
              autoComplete="off"
              {...props('passportNumber')}
            />
            <Textarea label={t('students:field.address')} autosize minRows={1} style={{ gridColumn: '1 / -1' }} {...props('address')} />
          </SimpleGrid>
        </Fieldset>
      )}
      <Fieldset legend={t('students:card.contacts')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('students:field.phone')} type="tel" placeholder="+996 …" autoComplete="off" {...props('phone')} />
          <TextInput label={t('students:field.email')} type="email" autoComplete="off" {...props('email')} />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('students:card.education')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Textarea
            label={t('students:field.previousEducation')}
            autosize
            minRows={1}
            style={{ gridColumn: '1 / -1' }}
            {...props('previousEducation')}
          />
          <TextInput label={t('students:field.ortCertificate')} autoComplete="off" {...props('ortCertificate')} />
          <NumberInput label={t('students:field.ortScore')} min={0} max={245} allowDecimal={false} {...props('ortScore')} />
        </SimpleGrid>
      </Fieldset>
    </Stack>
  );
}
