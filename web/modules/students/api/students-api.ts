import type {
  CreateStudentBody,
  StudentDto,
  StudentsPageDto,
  UpdateStudentBody,
} from '../../../../shared/modules/students/students.contracts.ts';
import type { Funding, StudentStatus, StudyForm } from '../../../../shared/modules/students/students.vocabulary.ts';
import { api } from '../../../lib/api-client.ts';

export interface StudentsQuery {
  q?: string | undefined;
  groupId?: string | undefined;
  unitId?: string | undefined;
  programId?: string | undefined;
  course?: number | undefined;
  studyForm?: StudyForm | undefined;
  funding?: Funding | undefined;
  status?: StudentStatus | 'notEnrolled' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

const studentPath = (id: string) => `/api/students/${encodeURIComponent(id)}`;

/** Students within the reader's scope (the server narrows a student to themself, a parent to their child). */
export const searchStudents = (query: StudentsQuery, signal?: AbortSignal) =>
  api.get<StudentsPageDto>(
    '/api/students',
    {
      q: query.q,
      groupId: query.groupId,
      unitId: query.unitId,
      programId: query.programId,
      course: query.course,
      studyForm: query.studyForm,
      funding: query.funding,
      status: query.status,
      page: query.page,
      pageSize: query.pageSize,
    },
    signal,
  );

export const createStudent = (body: CreateStudentBody) => api.post<StudentDto>('/api/students', body);
export const getStudent = (id: string) => api.get<StudentDto>(studentPath(id));
export const updateStudent = (id: string, body: UpdateStudentBody) => api.patch<StudentDto>(studentPath(id), body);
