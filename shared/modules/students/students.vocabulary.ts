/** The fixed vocabularies of student records (DOMAIN.md §2); their labels live in i18n `students`. */

export const STUDY_FORMS = ['fullTime', 'partTime', 'extramural', 'distance'] as const; // очная, очно-заочная, заочная, дистанционная
export type StudyForm = (typeof STUDY_FORMS)[number];

export const FUNDINGS = ['grant', 'contract'] as const; // бюджет (грант) / контракт
export type Funding = (typeof FUNDINGS)[number];

export const PROGRAM_LEVELS = ['college', 'bachelor', 'specialist', 'master', 'phd'] as const;
export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];

export const STUDENT_STATUSES = ['active', 'onLeave', 'expelled', 'graduated'] as const;
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

export const ORDER_KINDS = ['enrol', 'transfer', 'academicLeave', 'returnFromLeave', 'expel', 'restore', 'graduate'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const LEAVE_KINDS = ['medical', 'army', 'family', 'financial'] as const;
export type LeaveKind = (typeof LEAVE_KINDS)[number];

/** Reasons of expulsion (DOMAIN.md §2): own wish, transfer out, non-payment, rules, academic failure… */
export const EXPEL_REASONS = ['ownWish', 'transferOut', 'nonPayment', 'rulesViolation', 'academicDebt', 'lowGpa', 'absences', 'notBackFromLeave', 'examViolation'] as const;
export type ExpelReason = (typeof EXPEL_REASONS)[number];

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

export const ORDER_STATUSES = ['draft', 'signed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** The card fields an import file may fill (DOMAIN.md §2), and those every row must have. */
export const IMPORT_FIELDS = [
  'username', 'lastName', 'firstName', 'patronymic', 'birthDate', 'gender', 'citizenship', 'nationality',
  'personalNumber', 'passportNumber', 'address', 'phone', 'email', 'previousEducation', 'ortCertificate', 'ortScore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['username', 'lastName', 'firstName', 'birthDate', 'gender'];
