import type { AppointmentDto, CardDto, CardRowDto, PositionDto, StaffOrderDto, StaffReportDto } from '../../../shared/modules/staff/staff.contracts.ts';
import type { UnitDto } from '../../../shared/modules/org/org.contracts.ts';

/** Staff records as the staff API answers them, for the web's tests. */

export const DEPARTMENT: UnitDto = { id: '40000000-0000-4000-8000-000000000001', kind: 'department', parentId: null, code: 'CS', name: { ru: 'Кафедра информатики', ky: 'Информатика кафедрасы', en: 'Computer Science' }, subtype: null, isClosed: false, closedAt: null };
export const POSITION: PositionDto = { id: '30000000-0000-4000-8000-000000000001', code: 'associateProfessor', nameRu: 'Доцент', nameKy: 'Доцент', nameEn: 'Associate Professor', isTeaching: true, name: 'Доцент' };

export function appointment(overrides: Partial<AppointmentDto> = {}): AppointmentDto {
  return {
    id: '20000000-0000-4000-8000-000000000001',
    unitId: DEPARTMENT.id,
    unitName: DEPARTMENT.name.ru,
    positionId: POSITION.id,
    positionName: 'Доцент',
    rate: 1,
    employment: 'main',
    status: 'working',
    validFrom: '2020-09-01',
    validTo: null,
    orderId: '10000000-0000-4000-8000-000000000001',
    orderNumber: '12-к/2020',
    ...overrides,
  };
}

export function staffCard(overrides: Partial<CardDto> = {}): CardDto {
  const current = appointment();
  return {
    id: '80000000-0000-4000-8000-000000000001',
    userId: '90000000-0000-4000-8000-000000000001',
    username: 't0001',
    fullName: 'Асанова Айгүл Бакытовна',
    personal: { birthDate: '1980-05-10', personalNumber: '11005198000001', citizenship: 'KG', address: null, pinWarnings: [] },
    gender: 'female',
    degree: 'candidate',
    degreeField: 'физико-математических наук',
    title: 'associateProfessor',
    educationLevel: 'postgraduate',
    education: null,
    phone: null,
    email: null,
    hiredFirstOn: '2015-09-01',
    current: [current],
    history: [appointment({ id: '20000000-0000-4000-8000-000000000002', positionName: 'Старший преподаватель', validFrom: '2015-09-01', validTo: '2020-09-01', orderNumber: '5-к/2015' }), current],
    awards: [{ orderId: '10000000-0000-4000-8000-000000000009', orderNumber: '40-к/2025', date: '2025-12-25', awardKind: 'certificate', text: 'За добросовестный труд' }],
    totalRate: 1,
    ...overrides,
  };
}

export function cardRow(overrides: Partial<CardRowDto> = {}): CardRowDto {
  return { id: staffCard().id, userId: staffCard().userId, fullName: 'Асанова Айгүл Бакытовна', degree: 'candidate', title: 'associateProfessor', positions: 'Доцент', units: DEPARTMENT.name.ru, totalRate: 1, isEmployed: true, isOnLeave: false, ...overrides };
}

export function staffOrder(overrides: Partial<StaffOrderDto> = {}): StaffOrderDto {
  return {
    id: '10000000-0000-4000-8000-000000000005',
    number: '7-к/2026',
    year: 2026,
    kind: 'hire',
    status: 'draft',
    orderDate: '2026-08-25',
    effectiveDate: '2026-09-01',
    basis: 'Заявление работника',
    cardId: staffCard().id,
    personName: 'Асанова Айгүл Бакытовна',
    params: { kind: 'hire', unitId: DEPARTMENT.id, positionId: POSITION.id, rate: 0.5, employment: 'internalPartTime' },
    names: { unit: DEPARTMENT.name.ru, position: 'Доцент' },
    authorName: 'Кадрова Гүлнара',
    signedByName: null,
    signedAt: null,
    ...overrides,
  };
}

export function staffReport(): StaffReportDto {
  const zero = { headcount: 0, totalRate: 0 };
  return {
    date: '2026-09-01',
    unitId: null,
    totals: { headcount: 3, totalRate: 2.5 },
    byDepartmentPosition: [{ unitId: DEPARTMENT.id, unitName: DEPARTMENT.name.ru, positionId: POSITION.id, positionName: 'Доцент', headcount: 3, totalRate: 2.5 }],
    byDegree: [{ degree: 'none', ...zero }, { degree: 'candidate', headcount: 2, totalRate: 2 }, { degree: 'doctor', headcount: 1, totalRate: 0.5 }, { degree: 'phd', ...zero }],
    byTitle: [{ title: 'none', headcount: 1, totalRate: 1 }, { title: 'associateProfessor', headcount: 2, totalRate: 1.5 }, { title: 'professor', ...zero }],
    byEmployment: [{ employment: 'main', headcount: 2, totalRate: 2 }, { employment: 'internalPartTime', ...zero }, { employment: 'externalPartTime', headcount: 1, totalRate: 0.5 }],
    byAge: [
      { band: 'under30', headcount: 1, female: 1, male: 0 },
      { band: 'from30to39', headcount: 0, female: 0, male: 0 },
      { band: 'from40to49', headcount: 2, female: 1, male: 1 },
      { band: 'from50to59', headcount: 0, female: 0, male: 0 },
      { band: 'from60to64', headcount: 0, female: 0, male: 0 },
      { band: 'from65', headcount: 0, female: 0, male: 0 },
    ],
  };
}
