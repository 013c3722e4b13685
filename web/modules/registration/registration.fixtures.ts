import type { RegistrationViewDto, ViewLineDto } from '../../../shared/modules/registration/registration.view.contracts.ts';

/** Test data of the registration pages: a student's autumn term with the window open. */

export const STUDENT_ID = 's0000000-0000-4000-8000-000000000001';
export const PLAN_ID = 'p0000000-0000-4000-8000-000000000001';

const NO_ABILITIES: RegistrationViewDto['abilities'] = { canEnrol: false, canChangeLines: false, canSubmit: false, canWithdraw: false, canApprove: false, canApproveChange: false, canAccept: false, canReturn: false };

export function line(code: string, extra: Partial<ViewLineDto> = {}): ViewLineDto {
  return {
    id: `l-${code}`, source: 'discipline', kind: 'mandatory', disciplineId: `d-${code}`, code, name: `Дисциплина ${code}`, credits: 6, electiveGroup: null, missingPrerequisites: [],
    offering: { id: `o-${code}`, language: 'ru', isElective: false, status: 'open', rechooseUntil: null, kinds: ['lecture', 'practice'] },
    sections: [
      { id: `s-${code}-l1`, kind: 'lecture', number: 1, teacherName: 'Токтогулов Марат', capacity: 40, taken: 12, seatsLeft: 28, status: 'open', waitlist: null },
      { id: `s-${code}-p1`, kind: 'practice', number: 1, teacherName: 'Осмонова Бүбү', capacity: 20, taken: 20, seatsLeft: 0, status: 'open', waitlist: null },
      { id: `s-${code}-p2`, kind: 'practice', number: 2, teacherName: null, capacity: 20, taken: 5, seatsLeft: 15, status: 'open', waitlist: null },
    ],
    enrolments: [], isRemovable: false,
    ...extra,
  };
}

export function registrationView(extra: Partial<RegistrationViewDto> = {}, abilities: Partial<RegistrationViewDto['abilities']> = { canEnrol: true, canChangeLines: true, canSubmit: true }): RegistrationViewDto {
  return {
    studentId: STUDENT_ID, studentName: 'Асанова Айгерим', groupCode: 'ПИ-1-25', academicYear: 2026, term: 'autumn', today: '2026-09-01',
    window: { isOpen: true, current: { kind: 'registration', startDate: '2026-09-01', endDate: '2026-09-06' }, next: null },
    holds: [],
    plan: { id: PLAN_ID, status: 'draft', revision: 0, needsDeanApproval: false, history: [{ from: null, to: 'draft', at: '2026-09-01T04:00:00Z', byName: 'Асанова Айгерим', note: null }] },
    canDerive: false,
    credits: { planned: 12, min: 22, max: 33 },
    lines: [line('CS201', { enrolments: [{ id: 'e1', sectionId: 's-CS201-l1', kind: 'lecture', number: 1, teacherName: 'Токтогулов Марат' }] }), line('CS202')],
    electiveGroups: [{ key: 'E3', choose: 1, chosen: 0, credits: 6, options: [{ disciplineId: 'd-E31', code: 'E31', name: 'Веб-программирование', credits: 6, isChosen: false }, { disciplineId: 'd-E32', code: 'E32', name: 'Мобильная разработка', credits: 6, isChosen: false }] }],
    restudyOptions: [],
    waitlist: [],
    tuition: { funding: 'contract', credits: 12, pricePerCredit: 2500, tuition: 30000, paid: 10000, isPaid: false },
    isFullyRegistered: false,
    checks: [{ code: 'creditsBelow', message: 'В семестре 12 кредитов — меньше минимума (22).' }],
    abilities: { ...NO_ABILITIES, ...abilities },
    ...extra,
  };
}
