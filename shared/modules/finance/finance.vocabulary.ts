/** The fixed vocabularies of finance (DOMAIN.md §4 and §12); labels in i18n `finance`. */

/** What a payment is for: the semester's tuition, or the prepayment of a re-studied discipline. */
export const PAYMENT_PURPOSES = ['tuition', 'restudy'] as const;
export type PaymentPurpose = (typeof PAYMENT_PURPOSES)[number];

export const STUDY_FORMS = ['fullTime', 'partTime', 'extramural', 'distance'] as const;
export type StudyForm = (typeof STUDY_FORMS)[number];
