import type { AttestationForm, Component, ControlForm, Cycle, DisciplineKind, PracticeKind } from '../../shared/modules/curricula/curricula.vocabulary.ts';

/**
 * The demo university's curricula as data: each program's plan, semester by semester, with the
 * disciplines it defines (code, names in ru/ky/en, credits, the hour profile, control form) and the
 * ones it shares with other programs (`use`). A bachelor's semester holds 30 credits, a year 60,
 * the whole plan 240 (a master's 120); prerequisites always lie in earlier semesters.
 */

export type DepartmentCode = 'CS' | 'AM' | 'EF' | 'MG' | 'KF' | 'RF';
export type Lang = 'ru' | 'ky' | 'en';
type Profile = 'lecture' | 'lab' | 'language' | 'math' | 'pe' | 'seminar' | 'coursework';

/** Hours per credit by kind (lecture, practice, lab, supervised СРСП, independent СРС): each profile sums to 30, the hours of one credit. */
const PROFILES: Record<Profile, [number, number, number, number, number]> = {
  lecture: [6, 6, 0, 6, 12],
  lab: [6, 0, 9, 5, 10],
  language: [0, 12, 0, 6, 12],
  math: [6, 9, 0, 5, 10],
  pe: [0, 24, 0, 0, 6],
  seminar: [4, 8, 0, 6, 12],
  coursework: [0, 0, 0, 10, 20],
};

export interface DemoDiscipline {
  code: string;
  ru: string;
  ky: string;
  en: string;
  credits: number;
  hours: { lecture: number; practice: number; lab: number; supervised: number; independent: number };
  controlForm: ControlForm;
  kind: DisciplineKind;
  prerequisites: string[];
  department?: DepartmentCode;
  languages?: Lang[];
  isElective: boolean;
}

/** A discipline placed in a plan: its semester, group (fixed, any semester, or an elective group's key), cycle and component. */
export interface DemoRow {
  semester: number;
  code: string;
  /** the discipline's definition, where this plan is the first to place it */
  definition?: DemoDiscipline;
  anySemester?: boolean;
  electiveGroup?: string;
  cycle?: Cycle;
  component?: Component;
}

export interface DemoPlan {
  department: DepartmentCode;
  semesters: number;
  rows: DemoRow[];
  electiveGroups: { key: string; choose: number }[];
  practices: { kind: PracticeKind; credits: number; semester: number }[];
  /** the final attestation's forms with their credits, in the last semester */
  attestation: { form: AttestationForm; credits: number }[];
}

interface More {
  pre?: string[];
  group?: string;
  any?: boolean;
  cycle?: Cycle;
  component?: Component;
  dept?: DepartmentCode;
  lang?: readonly Lang[];
  kind?: DisciplineKind;
}

/** Defines a discipline and places it. */
export function x(semester: number, code: string, ru: string, ky: string, en: string, credits: number, profile: Profile, controlForm: ControlForm, more: More = {}): DemoRow {
  const [lecture, practice, lab, supervised, independent] = PROFILES[profile].map((h) => h * credits) as [number, number, number, number, number];
  const definition: DemoDiscipline = {
    code, ru, ky, en, credits, controlForm, hours: { lecture, practice, lab, supervised, independent }, kind: more.kind ?? 'regular', prerequisites: more.pre ?? [], isElective: more.group !== undefined,
    ...(more.dept ? { department: more.dept } : {}), ...(more.lang ? { languages: [...more.lang] } : {}),
  };
  return { ...use(semester, code, more), definition };
}

/** Places a discipline another plan defines. */
export function use(semester: number, code: string, more: Pick<More, 'group' | 'any' | 'cycle' | 'component'> = {}): DemoRow {
  return { semester, code, ...(more.any ? { anySemester: true } : {}), ...(more.group ? { electiveGroup: more.group } : {}), ...(more.cycle ? { cycle: more.cycle } : {}), ...(more.component ? { component: more.component } : {}) };
}

const GE = { cycle: 'humanities', component: 'state' } as const;
const PE = { ...GE, dept: 'MG', kind: 'physicalEducation', lang: ['ru', 'ky'] } as const;

/** The general education (ГСЭ) every bachelor's program shares: 33 credits of the first two years. */
export const GENERAL_EDUCATION: DemoRow[] = [
  x(1, 'GE-101', 'История Кыргызстана', 'Кыргызстандын тарыхы', 'History of Kyrgyzstan', 4, 'lecture', 'exam', { ...GE, dept: 'KF', lang: ['ky', 'ru'] }),
  x(1, 'GE-102', 'Кыргызский язык 1', 'Кыргыз тили 1', 'Kyrgyz Language 1', 3, 'language', 'exam', { ...GE, dept: 'KF', lang: ['ky'] }),
  x(1, 'GE-103', 'Русский язык 1', 'Орус тили 1', 'Russian Language 1', 3, 'language', 'exam', { ...GE, dept: 'RF', lang: ['ru'] }),
  x(1, 'GE-104', 'Английский язык 1', 'Англис тили 1', 'English 1', 4, 'language', 'exam', { ...GE, dept: 'RF', lang: ['en'] }),
  x(1, 'GE-105', 'Физическая культура 1', 'Дене тарбия 1', 'Physical Education 1', 1, 'pe', 'credit', PE),
  x(2, 'GE-201', 'Кыргызский язык 2', 'Кыргыз тили 2', 'Kyrgyz Language 2', 3, 'language', 'exam', { ...GE, dept: 'KF', lang: ['ky'], pre: ['GE-102'] }),
  x(2, 'GE-202', 'Русский язык 2', 'Орус тили 2', 'Russian Language 2', 3, 'language', 'exam', { ...GE, dept: 'RF', lang: ['ru'], pre: ['GE-103'] }),
  x(2, 'GE-203', 'Английский язык 2', 'Англис тили 2', 'English 2', 4, 'language', 'exam', { ...GE, dept: 'RF', lang: ['en'], pre: ['GE-104'] }),
  x(2, 'GE-204', 'Манасоведение', 'Манас таануу', 'Manas Studies', 2, 'lecture', 'credit', { ...GE, dept: 'KF', lang: ['ky', 'ru'] }),
  x(2, 'GE-205', 'Физическая культура 2', 'Дене тарбия 2', 'Physical Education 2', 1, 'pe', 'credit', PE),
  x(3, 'GE-301', 'Философия', 'Философия', 'Philosophy', 3, 'lecture', 'exam', { ...GE, dept: 'KF', lang: ['ru', 'ky'] }),
  x(3, 'GE-302', 'Физическая культура 3', 'Дене тарбия 3', 'Physical Education 3', 1, 'pe', 'credit', PE),
  // mandatory, in any semester (group b): recommended in the fourth
  x(4, 'GE-401', 'Экология и устойчивое развитие', 'Экология жана туруктуу өнүгүү', 'Ecology and Sustainable Development', 2, 'lecture', 'credit', { cycle: 'science', component: 'state', dept: 'AM', lang: ['ru', 'ky'], any: true }),
  x(4, 'GE-402', 'Физическая культура 4', 'Дене тарбия 4', 'Physical Education 4', 1, 'pe', 'credit', PE),
];

/** Elective groups of a bachelor's plan: semesters 5-8, choose one (two of three in 7B). */
export const BACHELOR_ELECTIVE_GROUPS = [
  { key: 'E5', choose: 1 },
  { key: 'E6', choose: 1 },
  { key: 'E7A', choose: 1 },
  { key: 'E7B', choose: 2 },
  { key: 'E8', choose: 1 },
];

/** The final attestation of a bachelor's plan (seed 003 §12.2): a state exam and the thesis defence, 12 credits of the eighth semester. */
export const BACHELOR_ATTESTATION: DemoPlan['attestation'] = [
  { form: 'stateExam', credits: 3 },
  { form: 'thesisDefense', credits: 9 },
];

/** Practices of a bachelor's plan. */
export function bachelorPractices(kind: 'production' | 'teaching'): DemoPlan['practices'] {
  return [
    { kind: 'educational', credits: 3, semester: 2 },
    { kind, credits: 3, semester: 4 },
    { kind, credits: 6, semester: 6 },
    { kind: 'preDiploma', credits: 6, semester: 8 },
  ];
}

/** A bachelor's plan of a department: general education, then the program's own rows. */
export function bachelorPlan(department: DepartmentCode, rows: DemoRow[], practiceKind: 'production' | 'teaching' = 'production'): DemoPlan {
  return { department, semesters: 8, rows: [...GENERAL_EDUCATION, ...rows], electiveGroups: BACHELOR_ELECTIVE_GROUPS, practices: bachelorPractices(practiceKind), attestation: BACHELOR_ATTESTATION };
}
