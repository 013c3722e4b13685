import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isLang, LANGUAGES, type Lang } from '../../../../shared/i18n/languages.ts';
import { createUserBody, type UpdateUserBody } from '../../../../shared/modules/identity/identity.contracts.ts';
import { LANGUAGE_NAMES } from '../../../lib/languages.ts';
import { useUnitOptions } from '../../org/index.ts';

export interface UserFormValues {
  lastName: string;
  firstName: string;
  patronymic: string;
  email: string;
  phone: string;
  lang: Lang;
  homeUnitId: string | null;
}

export const EMPTY_USER_VALUES: UserFormValues = {
  lastName: '',
  firstName: '',
  patronymic: '',
  email: '',
  phone: '',
  lang: 'ru',
  homeUnitId: null,
};

const shape = createUserBody.shape;
const fits = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;

/** Field checks with the contract's own rules and messages in the user's language. */
export function userFieldRules(t: TFunction) {
  return {
    lastName: (value: string) => (fits(shape.lastName, value) ? null : t('common:form.required')),
    firstName: (value: string) => (fits(shape.firstName, value) ? null : t('common:form.required')),
    patronymic: (value: string) => (value.trim() === '' || fits(shape.patronymic, value) ? null : t('identity:user.tooLong')),
    email: (value: string) => (value.trim() === '' || fits(shape.email, value) ? null : t('identity:user.emailInvalid')),
    phone: (value: string) => (value.trim() === '' || fits(shape.phone, value) ? null : t('identity:user.phoneInvalid')),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

/** The form's values as the API takes them: trimmed, empty optional fields as null. */
export function toUserBody(values: UserFormValues): Required<Omit<UpdateUserBody, 'lang'>> & { lang: Lang } {
  return {
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    patronymic: orNull(values.patronymic),
    email: orNull(values.email),
    phone: orNull(values.phone),
    lang: values.lang,
    homeUnitId: values.homeUnitId,
  };
}

/** The part of a Mantine form these fields use (forms with more fields fit too). */
export interface UserFieldsForm {
  getInputProps: (path: keyof UserFormValues) => object;
  setFieldValue: (path: 'lang', value: Lang) => void;
}

/** Name, contacts, language and home unit: the fields a user is created and edited with. */
export function UserFormFields({ form, readOnly = false }: { form: UserFieldsForm; readOnly?: boolean }) {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const props = (path: keyof UserFormValues) => ({ ...form.getInputProps(path), readOnly });
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
      <TextInput label={t('common:person.lastName')} required autoComplete="off" {...props('lastName')} />
      <TextInput label={t('common:person.firstName')} required autoComplete="off" {...props('firstName')} />
      <TextInput label={t('common:person.patronymic')} autoComplete="off" {...props('patronymic')} />
      <TextInput label={t('identity:user.email')} type="email" autoComplete="off" {...props('email')} />
      <TextInput label={t('identity:user.phone')} type="tel" autoComplete="off" placeholder="+996 …" {...props('phone')} />
      <Select
        label={t('common:language.label')}
        data={LANGUAGES.map((lang) => ({ value: lang, label: LANGUAGE_NAMES[lang] }))}
        allowDeselect={false}
        {...form.getInputProps('lang')}
        onChange={(value) => {
          if (isLang(value)) form.setFieldValue('lang', value);
        }}
        readOnly={readOnly}
      />
      <Select
        label={t('identity:user.homeUnit')}
        placeholder={units.isLoading ? t('common:loading') : t('identity:user.noHomeUnit')}
        data={units.options}
        searchable
        clearable
        nothingFoundMessage={t('common:search.nothingFound')}
        style={{ gridColumn: '1 / -1' }}
        {...props('homeUnitId')}
      />
    </SimpleGrid>
  );
}
