/** The fixed vocabularies of registration (DOMAIN.md §4, seed 003 §4-5); their labels live in i18n `registration`. */

/** Kinds of section (поток / группа / подгруппа): a lecture stream, a practice (seminar) group, a lab subgroup. */
export const SECTION_KINDS = ['lecture', 'practice', 'lab'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

/** An offering or a section is open, or cancelled (an elective under its minimum after registration closed). */
export const OFFERING_STATUSES = ['open', 'cancelled'] as const;
export type OfferingStatus = (typeof OFFERING_STATUSES)[number];

/** A student's place in a section: enrolled, dropped by the student (add/drop), or cancelled with its section. */
export const ENROLMENT_STATUSES = ['enrolled', 'dropped', 'cancelled'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/**
 * A waitlist entry: waiting in line, offered a freed seat (held for them until the deadline),
 * accepted (now enrolled), declined, expired (the deadline passed), or withdrawn by the student.
 */
export const WAITLIST_STATUSES = ['waiting', 'offered', 'accepted', 'declined', 'expired', 'withdrawn'] as const;
export type WaitlistStatus = (typeof WAITLIST_STATUSES)[number];

/** Languages of instruction an offering is taught in. */
export const TEACHING_LANGUAGES = ['ru', 'ky', 'en'] as const;
export type TeachingLanguage = (typeof TEACHING_LANGUAGES)[number];
