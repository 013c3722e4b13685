import type { DisciplineBody, DisciplineDto, DisciplineUpdateBody } from '../../../../shared/modules/curricula/curricula.contracts.ts';
import { HOUR_KINDS, type ControlForm, type DisciplineKind, type HourKind } from '../../../../shared/modules/curricula/curricula.vocabulary.ts';
import type { Lang } from '../../../../shared/i18n/languages.ts';
import { isApiError } from '../../../lib/api-client.ts';

/** The discipline form's values, how they become a request, and how the server's refusals land on the fields. */

export interface DisciplineValues {
  code: string;
  nameRu: string;
  nameKy: string;
  nameEn: string;
  descriptionRu: string;
  descriptionKy: string;
  descriptionEn: string;
  departmentId: string | null;
  kind: DisciplineKind;
  credits: number | string;
  hours: Record<HourKind, number | string>;
  controlForm: ControlForm;
  languages: Lang[];
  isElective: boolean;
  prerequisites: string[];
}

const zeroHours = () => Object.fromEntries(HOUR_KINDS.map((k) => [k, 0])) as Record<HourKind, number>;

export function initialValues(discipline: DisciplineDto | null, departmentId: string | null): DisciplineValues {
  if (!discipline) {
    return { code: '', nameRu: '', nameKy: '', nameEn: '', descriptionRu: '', descriptionKy: '', descriptionEn: '', departmentId, kind: 'regular', credits: 5, hours: zeroHours(), controlForm: 'exam', languages: ['ru'], isElective: false, prerequisites: [] };
  }
  return {
    code: discipline.code,
    nameRu: discipline.name.ru,
    nameKy: discipline.name.ky,
    nameEn: discipline.name.en,
    descriptionRu: discipline.description.ru,
    descriptionKy: discipline.description.ky,
    descriptionEn: discipline.description.en,
    departmentId: discipline.departmentId,
    kind: discipline.kind,
    credits: discipline.credits,
    hours: { ...zeroHours(), ...discipline.hours },
    controlForm: discipline.controlForm,
    languages: discipline.languages.filter((l): l is Lang => l === 'ru' || l === 'ky' || l === 'en'),
    isElective: discipline.isElective,
    prerequisites: discipline.prerequisites.map((p) => p.code),
  };
}

const num = (value: number | string) => (typeof value === 'number' ? value : Number(value === '' ? Number.NaN : value));

/** The body of a new discipline (the server checks it again: credits, hours, prerequisites). */
export function toBody(values: DisciplineValues): DisciplineBody {
  return {
    ...values,
    code: values.code.trim(),
    departmentId: values.departmentId ?? '',
    credits: num(values.credits),
    hours: Object.fromEntries(HOUR_KINDS.map((k) => [k, num(values.hours[k])])) as Record<HourKind, number>,
  };
}

/** Only the fields that changed: a change names only what changes. */
export function toChange(values: DisciplineValues, before: DisciplineValues): DisciplineUpdateBody {
  const next = toBody(values);
  const previous = toBody(before);
  const change: Record<string, unknown> = {};
  for (const key of Object.keys(next) as (keyof DisciplineBody)[]) {
    if (JSON.stringify(next[key]) !== JSON.stringify(previous[key])) change[key] = next[key];
  }
  return change;
}

export const totalHours = (hours: Record<HourKind, number | string>) => HOUR_KINDS.reduce((sum, k) => sum + (Number.isFinite(num(hours[k])) ? num(hours[k]) : 0), 0);

/** Which field a catalog finding is about. */
const FINDING_FIELD: Record<string, string> = {
  HOURS_MISMATCH: 'hours',
  CREDITS_NOT_WHOLE: 'credits',
  CREDITS_BELOW_MIN: 'credits',
  PREREQUISITE_UNKNOWN: 'prerequisites',
  PREREQUISITE_CYCLE: 'prerequisites',
};

const CODE_FIELD: Record<string, string> = { DISCIPLINE_CODE_TAKEN: 'code', DISCIPLINE_DEPARTMENT_INVALID: 'departmentId' };

interface Reason {
  field?: unknown;
  code?: unknown;
  message?: unknown;
}

/**
 * The server's refusal as errors on the form's fields (paths as the form names them, `hours.lecture`),
 * in the reader's language as the server wrote them; what names no field stays for the alert.
 */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  const add = (field: string, message: string) => {
    out[field] = out[field] ? `${out[field]} ${message}` : message;
  };
  const codeField = CODE_FIELD[error.code];
  if (codeField) add(codeField, error.message);
  const details = (error.details ?? {}) as { issues?: Reason[]; findings?: Reason[] };
  for (const issue of details.issues ?? []) {
    if (typeof issue.field === 'string' && issue.field !== '' && typeof issue.message === 'string') add(issue.field.startsWith('hours.') || !issue.field.includes('.') ? issue.field : issue.field.split('.')[0]!, issue.message);
  }
  for (const finding of details.findings ?? []) {
    const field = typeof finding.code === 'string' ? FINDING_FIELD[finding.code] : undefined;
    if (field && typeof finding.message === 'string') add(field, finding.message);
  }
  return out;
}
