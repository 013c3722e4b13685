import { z } from 'zod';
import { GRADED_LETTERS } from '../modules/gradebook/gradebook.vocabulary.ts';
import { DEFAULT_GRADING_SCALE, scaleProblems } from '../modules/gradebook/rules/grading-scale.ts';

/**
 * Every university setting: its type (a zod schema), its default, and its group.
 * A module that needs a number of DOMAIN.md adds it here with the spec's default;
 * the value is read through the settings service and changed only by an audited action.
 * Labels live in i18n namespace `settings` under the key with dots replaced by `_`.
 */
const localizedName = z
  .object({ ru: z.string().trim().min(1).max(300), ky: z.string().trim().min(1).max(300), en: z.string().trim().min(1).max(300) })
  .strict();

const timeZone = z
  .string()
  .min(1)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'invalid time zone');

const int = (min: number, max: number) => z.number().int().min(min).max(max);

/** the grading scale: ten bands A+ … F tiling 0…100 points, grade points falling (DOMAIN.md §5) */
const gradingScale = z
  .array(z.object({ letter: z.enum(GRADED_LETTERS), minPoints: int(0, 100), maxPoints: int(0, 100), gradePoint: z.number().min(0).max(4).multipleOf(0.01), fivePoint: z.union([z.literal(2), z.literal(3), z.literal(4), z.literal(5)]) }).strict())
  .superRefine((scale, ctx) => {
    for (const problem of scaleProblems(scale)) ctx.addIssue({ code: 'custom', message: problem });
  });

export const SETTINGS = {
  'university.name': {
    group: 'university',
    schema: localizedName,
    default: {
      ru: 'Демонстрационный государственный университет',
      ky: 'Демонстрациялык мамлекеттик университет',
      en: 'Demo State University',
    },
  },
  'university.shortName': {
    group: 'university',
    schema: localizedName,
    default: { ru: 'ДГУ', ky: 'ДМУ', en: 'DSU' },
  },
  'university.timeZone': { group: 'university', schema: timeZone, default: 'Asia/Bishkek' },
  'auth.sessionIdleMinutes': { group: 'security', schema: int(5, 24 * 60), default: 60 },
  'auth.sessionAbsoluteHours': { group: 'security', schema: int(1, 24 * 30), default: 12 },
  'auth.maxFailedSignIns': { group: 'security', schema: int(3, 50), default: 5 },
  'auth.lockoutMinutes': { group: 'security', schema: int(1, 24 * 60), default: 15 },
  'auth.ipSignInsPerMinute': { group: 'security', schema: int(5, 10_000), default: 30 },
  'auth.passwordMinLength': { group: 'security', schema: int(8, 128), default: 10 },
  // curricula (DOMAIN.md §3, seed 003 §3.4-3.5): credit arithmetic and the totals a plan is checked against
  'curricula.hoursPerCredit': { group: 'curricula', schema: int(15, 60), default: 30 },
  'curricula.minDisciplineCredits': { group: 'curricula', schema: int(1, 10), default: 2 },
  'curricula.singleMidtermMaxCredits': { group: 'curricula', schema: int(1, 10), default: 2 },
  'curricula.yearCredits': { group: 'curricula', schema: int(30, 90), default: 60 },
  'curricula.yearCreditsTolerance': { group: 'curricula', schema: int(0, 30), default: 5 },
  'curricula.semesterCreditsMin': { group: 'curricula', schema: int(0, 60), default: 28 },
  'curricula.semesterCreditsMax': { group: 'curricula', schema: int(0, 60), default: 33 },
  'curricula.bachelorCreditsMin': { group: 'curricula', schema: int(60, 480), default: 240 },
  'curricula.bachelorCreditsMax': { group: 'curricula', schema: int(60, 480), default: 240 },
  'curricula.specialistCreditsMin': { group: 'curricula', schema: int(60, 480), default: 300 },
  'curricula.specialistCreditsMax': { group: 'curricula', schema: int(60, 480), default: 360 },
  'curricula.masterCreditsMin': { group: 'curricula', schema: int(30, 240), default: 60 },
  'curricula.masterCreditsMax': { group: 'curricula', schema: int(30, 240), default: 120 },
  // college and PhD totals are not in the seeds: a usual 2-3-year college and a 3-4-year PhD, to be confirmed by the university
  'curricula.collegeCreditsMin': { group: 'curricula', schema: int(30, 480), default: 120 },
  'curricula.collegeCreditsMax': { group: 'curricula', schema: int(30, 480), default: 180 },
  'curricula.phdCreditsMin': { group: 'curricula', schema: int(30, 480), default: 180 },
  'curricula.phdCreditsMax': { group: 'curricula', schema: int(30, 480), default: 240 },
  // syllabus / teaching kit (УМКД) uploads (seed 003 §4.6): closed this many working days before the term; the largest file
  'curricula.syllabusDeadlineWorkingDays': { group: 'curricula', schema: int(0, 60), default: 10 },
  'curricula.syllabusMaxKb': { group: 'curricula', schema: int(64, 20 * 1024), default: 10 * 1024 },
  // weekly load (seed 003 §3: "недельная нагрузка ... аудиторными занятиями ... в неделю"): a semester's hours over its teaching weeks
  'curricula.teachingWeeksPerSemester': { group: 'curricula', schema: int(10, 20), default: 15 },
  // the most a person may hold in rates (ставки) across all their appointments, and the least one appointment
  'staff.maxTotalRate': { group: 'staff', schema: z.number().min(0.25).max(3).multipleOf(0.05), default: 1.5 },
  'staff.minRate': { group: 'staff', schema: z.number().min(0.05).max(1).multipleOf(0.05), default: 0.1 },
  // the academic calendar (DOMAIN.md §4, seed 003 §3.6-3.7, §4.4; FORMS.md §9): the working week, the rules a calendar is checked against, and what a new year's calendar proposes
  'calendar.workingWeekDays': { group: 'calendar', schema: z.union([z.literal(5), z.literal(6)]), default: 5 },
  'calendar.minVacationWeeks': { group: 'calendar', schema: int(0, 20), default: 7 },
  'calendar.minWinterVacationWeeks': { group: 'calendar', schema: int(0, 8), default: 2 },
  'calendar.maxSummerTermWeeks': { group: 'calendar', schema: int(1, 12), default: 6 },
  'calendar.addDropWeeks': { group: 'calendar', schema: int(1, 4), default: 2 },
  'calendar.minExamSessionWeeks': { group: 'calendar', schema: int(1, 6), default: 1 },
  'calendar.autumnStartsOn': { group: 'calendar', schema: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/), default: '09-01' },
  'calendar.teachingWeeks': { group: 'calendar', schema: int(8, 22), default: 16 },
  'calendar.examSessionWeeks': { group: 'calendar', schema: int(1, 6), default: 3 },
  'calendar.winterVacationWeeks': { group: 'calendar', schema: int(1, 8), default: 2 },
  'calendar.summerTermWeeks': { group: 'calendar', schema: int(0, 12), default: 6 },
  // a student's photo on the card: JPEG or PNG up to this size (below the request body limit)
  'students.photoMaxKb': { group: 'records', schema: int(16, 900), default: 512 },
  // the grading scale: points → letter → grade point and the traditional mark (OshSU by default); results keep the grade point they were recorded with
  // sections (DOMAIN.md §4, seed 003 §5.4): sizes per kind — lectures from 40, practice 20-25, language groups and labs up to 12,
  // a master's program 20-25 whatever the kind; generated sections take the maximum as capacity and the minimum for cancelling
  'registration.lectureMinSize': { group: 'registration', schema: int(1, 500), default: 40 },
  'registration.lectureMaxSize': { group: 'registration', schema: int(1, 500), default: 100 },
  'registration.practiceMinSize': { group: 'registration', schema: int(1, 100), default: 20 },
  'registration.practiceMaxSize': { group: 'registration', schema: int(1, 100), default: 25 },
  'registration.smallGroupMinSize': { group: 'registration', schema: int(1, 50), default: 6 },
  'registration.smallGroupMaxSize': { group: 'registration', schema: int(1, 50), default: 12 },
  'registration.masterMinSize': { group: 'registration', schema: int(1, 100), default: 20 },
  'registration.masterMaxSize': { group: 'registration', schema: int(1, 100), default: 25 },
  // credits a student registers for (DOMAIN.md §4): a semester 22-24 at least and 28-33 at most, a summer term at most 15
  'registration.semesterMinCredits': { group: 'registration', schema: int(0, 60), default: 22 },
  'registration.semesterMaxCredits': { group: 'registration', schema: int(1, 60), default: 33 },
  'registration.summerMaxCredits': { group: 'registration', schema: int(1, 30), default: 15 },
  // a freed seat is held for the first student on the waitlist this many hours; students of a cancelled elective re-choose within these days
  'registration.waitlistOfferHours': { group: 'registration', schema: int(1, 240), default: 48 },
  'registration.rechooseDays': { group: 'registration', schema: int(1, 30), default: 3 },
  'gradebook.gradingScale': { group: 'gradebook', schema: gradingScale, default: DEFAULT_GRADING_SCALE },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type SettingValues = { [K in SettingKey]: SettingValue<K> };

export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTINGS, key);
}

export function defaultSettings(): SettingValues {
  const values: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) values[key] = SETTINGS[key].default;
  return values as SettingValues;
}

/** The i18n key of a setting's label: dots are path separators in i18next. */
export function settingLabelKey(key: SettingKey): string {
  return key.replaceAll('.', '_');
}
