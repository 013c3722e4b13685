import type { TFunction } from 'i18next';
import { programBody } from '../../../../shared/modules/students/students.contracts.ts';

const shape = programBody.shape;

/** The checks of a program's form, new or edited: the contract's rules, with the messages a person reads. */
export function programValidation(t: TFunction) {
  const required = (value: string) => (value.trim() === '' ? t('common:form.required') : null);
  return {
    code: (value: string) => (shape.code.safeParse(value).success ? null : t('students:form.programCodeRule')),
    nameRu: required,
    nameKy: required,
    nameEn: required,
    durationYears: (value: number | string) => (shape.durationYears.safeParse(value).success ? null : t('students:form.durationRule')),
    credits: (value: number | string) => (shape.credits.safeParse(value).success ? null : t('students:form.creditsRule')),
    languages: (value: readonly string[]) => (value.length > 0 ? null : t('common:form.required')),
    departmentId: (value: string | null) => (value ? null : t('common:form.required')),
  };
}
