import type { GroupDto, OrderDto, PlacementDto, StudentDto, StudentRowDto } from '../../../shared/modules/students/students.contracts.ts';

/** Records as the students API answers them, for the web's tests. */

export const GROUP: GroupDto = {
  id: '50000000-0000-4000-8000-000000000001',
  code: 'ПИ-1-26',
  programId: '60000000-0000-4000-8000-000000000001',
  programCode: '580100',
  programName: 'Прикладная информатика',
  level: 'bachelor',
  departmentId: '40000000-0000-4000-8000-000000000002',
  facultyId: null,
  admissionYear: 2026,
  course: 1,
  language: 'ru',
  studyForm: 'fullTime',
  curatorId: null,
  curatorName: null,
  starostaId: null,
  studentCount: 0,
};

export const OTHER_GROUP: GroupDto = { ...GROUP, id: '50000000-0000-4000-8000-000000000002', code: 'ПИ-2-26' };

export function placement(overrides: Partial<PlacementDto> = {}): PlacementDto {
  return {
    status: 'active',
    groupId: GROUP.id,
    groupCode: GROUP.code,
    programId: GROUP.programId,
    programCode: GROUP.programCode,
    studyForm: 'fullTime',
    funding: 'grant',
    validFrom: '2026-09-01',
    validTo: null,
    orderId: '70000000-0000-4000-8000-000000000001',
    orderNumber: '5/2026',
    orderKind: 'enrol',
    isCancelled: false,
    ...overrides,
  };
}

export function student(overrides: Partial<StudentDto> = {}): StudentDto {
  return {
    id: '80000000-0000-4000-8000-000000000001',
    userId: '90000000-0000-4000-8000-000000000001',
    username: 's2026000001',
    lastName: 'Иванов',
    firstName: 'Иван',
    patronymic: 'Иванович',
    lastNameLatin: null,
    firstNameLatin: null,
    birthDate: '2008-05-14',
    gender: 'male',
    nationality: 'кыргыз',
    citizenship: 'KG',
    personalNumber: '21405200812345',
    passportNumber: 'AN1234567',
    address: 'г. Бишкек, ул. Киевская, 1',
    phone: '+996 555 000 111',
    email: null,
    previousEducation: 'Школа-гимназия № 5',
    ortCertificate: 'ОРТ-2026-0001',
    ortScore: 180,
    current: null,
    upcoming: null,
    course: null,
    history: [],
    warnings: [],
    ...overrides,
  };
}

export function studentRow(overrides: Partial<StudentRowDto> = {}): StudentRowDto {
  return {
    id: '80000000-0000-4000-8000-000000000001',
    username: 's2026000001',
    fullName: 'Иванов Иван Иванович',
    status: 'active',
    groupId: GROUP.id,
    groupCode: GROUP.code,
    programCode: GROUP.programCode,
    course: 1,
    studyForm: 'fullTime',
    funding: 'grant',
    ...overrides,
  };
}

export function order(overrides: Partial<OrderDto> = {}): OrderDto {
  return {
    id: '70000000-0000-4000-8000-000000000001',
    number: '5/2026',
    year: 2026,
    kind: 'enrol',
    orderDate: '2026-08-25',
    effectiveDate: '2026-09-01',
    reason: 'Решение приёмной комиссии',
    status: 'draft',
    cancelsOrderId: null,
    authorName: 'Исакова Динара Тилек кызы',
    signedAt: null,
    items: [
      {
        id: 'a0000000-0000-4000-8000-000000000001',
        studentId: '80000000-0000-4000-8000-000000000001',
        studentName: 'Иванов Иван Иванович',
        params: { kind: 'enrol', groupId: GROUP.id, funding: 'grant' },
      },
    ],
    ...overrides,
  };
}
