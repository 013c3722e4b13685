import type { ContingentDimension } from './contingent.ts';

/**
 * What a key of a contingent report reads as: faculties and programs by the names the report brings,
 * the vocabularies by their i18n words, a course as "2 курс", an empty nationality as "not stated".
 * `t` is the caller's translation (i18next on the web, the server's `translate` for files).
 */
export type ReportKeyKind = ContingentDimension | 'age' | 'gender' | 'nationality';

type Translate = (key: string, params?: Record<string, unknown>) => string;

const VOCABULARY: Partial<Record<ReportKeyKind, string>> = { form: 'studyForm', funding: 'funding', status: 'status', gender: 'gender' };

export function reportKeyLabel(t: Translate, kind: ReportKeyKind, key: string, labels: Record<string, string>): string {
  if (kind === 'faculty') return labels[key] ?? t('students-reports:key.noFaculty');
  if (kind === 'program') return labels[key] ?? key;
  if (kind === 'course') return key === '0' ? t('students:course.notStarted') : t('students:course.value', { course: key });
  if (kind === 'nationality') return key || t('students-reports:key.none');
  const vocabulary = VOCABULARY[kind];
  return vocabulary ? t(`students:${vocabulary}.${key}`) : key;
}
