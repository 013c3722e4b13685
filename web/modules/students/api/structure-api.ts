import type { GroupBody, GroupDto, ProgramBody, ProgramDto } from '../../../../shared/modules/students/students.contracts.ts';
import type { Funding, StudentStatus, StudyForm } from '../../../../shared/modules/students/students.vocabulary.ts';
import { api } from '../../../lib/api-client.ts';

/** Programs and groups: the structure student records hang on. */

export interface GroupUpdateBody {
  language?: 'ru' | 'ky' | 'en';
  curatorId?: string | null;
  starostaId?: string | null;
}

export interface GroupMemberDto {
  id: string;
  username: string;
  fullName: string;
  status: StudentStatus;
  studyForm: StudyForm;
  funding: Funding;
}

export interface GroupListDto {
  date: string;
  items: GroupMemberDto[];
}

const groupPath = (id: string) => `/api/groups/${encodeURIComponent(id)}`;

export const listPrograms = () => api.get<ProgramDto[]>('/api/programs');
export const createProgram = (body: ProgramBody) => api.post<ProgramDto>('/api/programs', body);
export const listGroups = () => api.get<GroupDto[]>('/api/groups');
export const createGroup = (body: GroupBody) => api.post<GroupDto>('/api/groups', body);
export const updateGroup = (id: string, body: GroupUpdateBody) => api.patch<GroupDto>(groupPath(id), body);
export const getGroupList = (id: string, date: string, signal?: AbortSignal) =>
  api.get<GroupListDto>(`${groupPath(id)}/students`, { date }, signal);
