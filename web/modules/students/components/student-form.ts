import type { TFunction } from 'i18next';
import {
  createStudentBody,
  type StudentDto,
  type UpdateStudentBody,
} from '../../../../shared/modules/students/students.contracts.ts';
import type { Gender } from '../../../../shared/modules/students/students.vocabulary.ts';
import { isApiError } from '../../../lib/api-client.ts';

/** The card fields as a form holds them (text fields as strings, '' for none). */
export interface StudentCardValues {
  lastName: string;
  firstName: string;
  patronymic: string;
  lastNameLatin: string;
  firstNameLatin: string;
  birthDate: string | null;
  gender: Gender | null;
  nationality: string;
  citizenship: string;
  personalNumber: string;
  passportNumber: string;
  address: string;
  phone: string;
  email: string;
  previousEducation: string;
  ortCertificate: string;
  ortScore: number | string;
}

export const EMPTY_CARD: StudentCardValues = {
  lastName: '',
  firstName: '',
  patronymic: '',
  lastNameLatin: '',
  firstNameLatin: '',
  birthDate: null,
  gender: null,
  nationality: '',
  citizenship: 'KG',
  personalNumber: '',
  passportNumber: '',
  address: '',
  phone: '',
  email: '',
  previousEducation: '',
  ortCertificate: '',
  ortScore: '',
};

export function cardValuesOf(student: StudentDto): StudentCardValues {
  return {
    lastName: student.lastName,
    firstName: student.firstName,
    patronymic: student.patronymic ?? '',
    lastNameLatin: student.lastNameLatin ?? '',
    firstNameLatin: student.firstNameLatin ?? '',
    birthDate: student.birthDate,
    gender: student.gender,
    nationality: student.nationality ?? '',
    citizenship: student.citizenship,
    personalNumber: student.personalNumber ?? '',
    passportNumber: student.passportNumber ?? '',
    address: student.address ?? '',
    phone: student.phone ?? '',
    email: student.email ?? '',
    previousEducation: student.previousEducation ?? '',
    ortCertificate: student.ortCertificate ?? '',
    ortScore: student.ortScore ?? '',
  };
}

const shape = createStudentBody.shape;
const fits = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: unknown) => schema.safeParse(value).success;
const optionalFits = (schema: { safeParse: (value: unknown) => { success: boolean } }, value: string) =>
  value.trim() === '' || fits(schema, value.trim());

/** Field checks with the contract's own rules; the server checks the PIN's date and uniqueness itself. */
export function cardRules(t: TFunction) {
  const tooLong = t('students:form.tooLong');
  return {
    lastName: (value: string) => (fits(shape.lastName, value) ? null : t('common:form.required')),
    firstName: (value: string) => (fits(shape.firstName, value) ? null : t('common:form.required')),
    patronymic: (value: string) => (optionalFits(shape.patronymic, value) ? null : tooLong),
    lastNameLatin: (value: string) => (optionalFits(shape.lastNameLatin, value) ? null : tooLong),
    firstNameLatin: (value: string) => (optionalFits(shape.firstNameLatin, value) ? null : tooLong),
    birthDate: (value: string | null) => (value ? null : t('common:form.required')),
    gender: (value: Gender | null) => (value ? null : t('common:form.required')),
    citizenship: (value: string) => (/^[A-Za-z]{2}$/.test(value.trim()) ? null : t('students:form.citizenshipRule')),
    personalNumber: (value: string) => (value.trim() === '' || /^\d{14}$/.test(value.trim()) ? null : t('students:form.pinRule')),
    passportNumber: (value: string) => (optionalFits(shape.passportNumber, value) ? null : tooLong),
    address: (value: string) => (optionalFits(shape.address, value) ? null : tooLong),
    phone: (value: string) => (optionalFits(shape.phone, value) ? null : t('students:form.phoneRule')),
    email: (value: string) => (optionalFits(shape.email, value) ? null : t('students:form.emailRule')),
    previousEducation: (value: string) => (optionalFits(shape.previousEducation, value) ? null : tooLong),
    ortCertificate: (value: string) => (optionalFits(shape.ortCertificate, value) ? null : tooLong),
    ortScore: (value: number | string) =>
      value === '' || (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 245) ? null : t('students:form.ortRule'),
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

type CardBody = Required<UpdateStudentBody>;

/** The form's values as the API takes them: trimmed, empty optional fields as null. */
export function toCardBody(values: StudentCardValues): CardBody {
  return {
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    patronymic: orNull(values.patronymic),
    lastNameLatin: orNull(values.lastNameLatin),
    firstNameLatin: orNull(values.firstNameLatin),
    birthDate: values.birthDate ?? '',
    gender: values.gender ?? 'female',
    nationality: orNull(values.nationality),
    citizenship: values.citizenship.trim().toUpperCase(),
    personalNumber: orNull(values.personalNumber),
    passportNumber: orNull(values.passportNumber),
    address: orNull(values.address),
    phone: orNull(values.phone),
    email: orNull(values.email),
    previousEducation: orNull(values.previousEducation),
    ortCertificate: orNull(values.ortCertificate),
    ortScore: typeof values.ortScore === 'number' ? values.ortScore : null,
  };
}

/** Only what changed: a card edit never sends (and so never clears) a field the editor did not touch. */
export function toUpdateBody(values: StudentCardValues, initial: StudentCardValues): UpdateStudentBody {
  const next = toCardBody(values);
  const before = toCardBody(initial);
  const changed: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof CardBody)[]) {
    if (next[key] !== before[key]) changed[key] = next[key];
  }
  return changed;
}

/** The card field a refusal of the server is about (the PIN or the passport), so it is shown there. */
export function fieldOfRefusal(error: unknown): 'personalNumber' | 'passportNumber' | null {
  if (!isApiError(error)) return null;
  if (error.code.startsWith('PERSONAL_NUMBER')) return 'personalNumber';
  if (error.code.startsWith('PASSPORT')) return 'passportNumber';
  return null;
}
