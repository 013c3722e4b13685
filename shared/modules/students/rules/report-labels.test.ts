import { describe, expect, it } from 'vitest';
import { reportKeyLabel, type ReportKeyKind } from './report-labels.ts';

const t = (key: string, params?: Record<string, unknown>) => (params ? `${key}(${JSON.stringify(params)})` : key);
const labels = { f1: 'Экономический факультет', p1: '580100 Прикладная информатика' };

describe('labels of report keys', () => {
  it.each<[ReportKeyKind, string, string]>([
    ['faculty', 'f1', 'Экономический факультет'],
    ['faculty', '', 'students-reports:key.noFaculty'],
    ['program', 'p1', '580100 Прикладная информатика'],
    ['program', 'gone', 'gone'],
    ['course', '0', 'students:course.notStarted'],
    ['course', '2', 'students:course.value({"course":"2"})'],
    ['form', 'extramural', 'students:studyForm.extramural'],
    ['funding', 'grant', 'students:funding.grant'],
    ['status', 'onLeave', 'students:status.onLeave'],
    ['gender', 'female', 'students:gender.female'],
    ['nationality', '', 'students-reports:key.none'],
    ['nationality', 'кыргыз', 'кыргыз'],
    ['age', '23-24', '23-24'],
  ])('%s %j → %s', (kind, key, label) => {
    expect(reportKeyLabel(t, kind, key, labels)).toBe(label);
  });
});
