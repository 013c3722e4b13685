/** The fixed vocabularies of the gradebook (DOMAIN.md §5); their labels live in i18n `gradebook`. */

/** letters of the grading scale, best first (A+ … F); their points and grade points are the scale's (a setting) */
export const GRADED_LETTERS = ['A+', 'A', 'B+', 'B', 'C+', 'C', 'D+', 'D', 'FX', 'F'] as const;
export type GradedLetter = (typeof GRADED_LETTERS)[number];

/** special marks, not in the GPA: incomplete, withdrawn, administratively removed, absent (не явился) */
export const SPECIAL_MARKS = ['I', 'W', 'X', 'absent'] as const;
export type SpecialMark = (typeof SPECIAL_MARKS)[number];

/** a credit (зачёт): зачтено / не зачтено */
export const CREDIT_MARKS = ['pass', 'fail'] as const;
export type CreditMark = (typeof CREDIT_MARKS)[number];

export const LETTERS = [...GRADED_LETTERS, ...SPECIAL_MARKS, ...CREDIT_MARKS] as const;
export type Letter = (typeof LETTERS)[number];

export const TERMS = ['autumn', 'spring', 'summer'] as const;
export type Term = (typeof TERMS)[number];

/** where a final result comes from: a closed gradesheet, a transfer from another university, recognition of earlier study */
export const RESULT_SOURCES = ['gradesheet', 'transfer', 'recognition'] as const;
export type ResultSource = (typeof RESULT_SOURCES)[number];

export function isGradedLetter(letter: string): letter is GradedLetter {
  return (GRADED_LETTERS as readonly string[]).includes(letter);
}
