/** The fixed vocabularies of curricula (DOMAIN.md §3, seed 003 §3); their labels live in i18n `curricula`. */

/** Hours of a discipline by kind of work: lecture, practice/seminar, lab, supervised self-study (СРСП/СРМП), independent study (СРС). */
export const HOUR_KINDS = ['lecture', 'practice', 'lab', 'supervised', 'independent'] as const;
export type HourKind = (typeof HOUR_KINDS)[number];

/** Final control: exam, credit (зачёт, pass/fail), differentiated credit, coursework. */
export const CONTROL_FORMS = ['exam', 'credit', 'differentiatedCredit', 'coursework'] as const;
export type ControlForm = (typeof CONTROL_FORMS)[number];

/** Cycles of a plan (seed 003 §3.10): humanities-social-economic, mathematics and natural sciences, professional, optional (факультатив). */
export const CYCLES = ['humanities', 'science', 'professional', 'optional'] as const;
export type Cycle = (typeof CYCLES)[number];

/** Components: state (ГОС), university (вузовский), elective (по выбору). */
export const COMPONENTS = ['state', 'university', 'elective'] as const;
export type Component = (typeof COMPONENTS)[number];

/**
 * The educational program a line belongs to (seed 003 §1.5.5): the main one (Major, основная образовательная
 * программа) or an additional one (Minor, дополнительная), chosen only within the university and elective components.
 */
export const TRACKS = ['major', 'minor'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * Discipline groups of a working plan (seed 003 §3.11.4): (a) mandatory in its semester,
 * (b) mandatory in any semester, (c) an elective group — choose N of its M disciplines.
 */
export const GROUP_KINDS = ['fixed', 'anySemester', 'elective'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/**
 * Kinds of discipline: those exempt from the two-credit minimum (seed 003 §3.5: physical education, military training,
 * individual lessons), and foreign languages, taught in small groups (DOMAIN.md §4: language/lab ≤ 12).
 */
export const DISCIPLINE_KINDS = ['regular', 'physicalEducation', 'militaryTraining', 'individualLessons', 'foreignLanguage'] as const;
export type DisciplineKind = (typeof DISCIPLINE_KINDS)[number];

/** Practices (DOMAIN.md §3): educational, teaching, production, pre-diploma, research. */
export const PRACTICE_KINDS = ['educational', 'teaching', 'production', 'preDiploma', 'research'] as const;
export type PracticeKind = (typeof PRACTICE_KINDS)[number];

/**
 * Forms of the final state attestation (ИГА, seed 003 §12.2): a bachelor's is the defence of the graduation thesis
 * (ВКР), possibly with a state exam; a master's (and a doctorate's) a comprehensive exam and the defence of the dissertation.
 */
export const ATTESTATION_FORMS = ['stateExam', 'complexExam', 'thesisDefense', 'dissertationDefense'] as const;
export type AttestationForm = (typeof ATTESTATION_FORMS)[number];

/** Three levels of plan: base (whole program), working (per admission year); the individual plan (ИУП) has its own tables. */
export const PLAN_KINDS = ['base', 'working'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const PLAN_STATUSES = ['draft', 'approved', 'superseded'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Terms of an academic year: an odd semester of a plan is studied in autumn, an even one in spring; summer is extra. */
export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];

/**
 * The individual study plan (ИУП, seed 003 §4): drawn up by the student (draft), handed to the
 * advisor (submitted), approved by the advisor, accepted by the registrar's office. Changes after
 * acceptance (add/drop, the first two weeks) reopen it as a new revision: the student changes it, the
 * advisor approves, the dean's office approves the change (deanApproved), the registrar accepts again.
 */
export const INDIVIDUAL_PLAN_STATUSES = ['draft', 'submitted', 'advisorApproved', 'deanApproved', 'registrarAccepted'] as const;
export type IndividualPlanStatus = (typeof INDIVIDUAL_PLAN_STATUSES)[number];

/** What a line of an ИУП is to the student: mandatory, an elective chosen from its group, or a discipline studied again (after F, X, W; paid). */
export const INDIVIDUAL_LINE_KINDS = ['mandatory', 'elective', 'restudy'] as const;
export type IndividualLineKind = (typeof INDIVIDUAL_LINE_KINDS)[number];

/** Where a line comes from: a discipline of the plan, a practice, or the final attestation. */
export const INDIVIDUAL_LINE_SOURCES = ['discipline', 'practice', 'attestation'] as const;
export type IndividualLineSource = (typeof INDIVIDUAL_LINE_SOURCES)[number];
