/** The fixed vocabularies of the staff (HR) module (DOMAIN.md §1-2); their labels live in i18n `staff`. */

export { GENDERS, type Gender } from '../students/students.vocabulary.ts';

/** учёная степень: кандидат наук, доктор наук, PhD */
export const DEGREES = ['none', 'candidate', 'doctor', 'phd'] as const;
export type Degree = (typeof DEGREES)[number];

/** учёное звание: доцент, профессор */
export const TITLES = ['none', 'associateProfessor', 'professor'] as const;
export type Title = (typeof TITLES)[number];

/** образование: высшее, среднее профессиональное, послевузовское (аспирантура, докторантура) */
export const EDUCATION_LEVELS = ['secondaryVocational', 'higher', 'postgraduate'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** основная работа, внутреннее или внешнее совместительство */
export const EMPLOYMENT_KINDS = ['main', 'internalPartTime', 'externalPartTime'] as const;
export type EmploymentKind = (typeof EMPLOYMENT_KINDS)[number];

/** Kinds of HR orders (приказы по личному составу). */
export const STAFF_ORDER_KINDS = ['hire', 'transfer', 'leave', 'returnFromLeave', 'award', 'dismissal'] as const;
export type StaffOrderKind = (typeof STAFF_ORDER_KINDS)[number];

export const STAFF_ORDER_STATUSES = ['draft', 'signed'] as const;
export type StaffOrderStatus = (typeof STAFF_ORDER_STATUSES)[number];

/** отпуск: ежегодный, по беременности и родам, по уходу за ребёнком, без сохранения, учебный */
export const STAFF_LEAVE_KINDS = ['annual', 'maternity', 'childCare', 'unpaid', 'study'] as const;
export type StaffLeaveKind = (typeof STAFF_LEAVE_KINDS)[number];

/** поощрения: благодарность, почётная грамота, премия, нагрудный знак */
export const AWARD_KINDS = ['gratitude', 'certificate', 'bonus', 'badge'] as const;
export type AwardKind = (typeof AWARD_KINDS)[number];

/** основания увольнения: по собственному желанию, по соглашению сторон, истечение договора, пенсия, сокращение, дисциплинарное */
export const DISMISSAL_REASONS = ['ownWish', 'agreement', 'contractEnd', 'retirement', 'staffReduction', 'disciplinary'] as const;
export type DismissalReason = (typeof DISMISSAL_REASONS)[number];

/** An appointment's standing in its period: working, or on leave. */
export const APPOINTMENT_STATUSES = ['working', 'onLeave'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

/** Age bands of the age-distribution report (years reached on the report date). */
export const AGE_BANDS = ['under30', 'from30to39', 'from40to49', 'from50to59', 'from60to64', 'from65'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
