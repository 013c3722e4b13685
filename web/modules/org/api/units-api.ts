import type { CreateUnitBody, UnitDto, UpdateUnitBody } from '../../../../shared/modules/org/org.contracts.ts';
import type { GroupDto, ProgramDto } from '../../../../shared/modules/students/students.contracts.ts';
import { api } from '../../../lib/api-client.ts';

const unitPath = (id: string) => `/api/units/${encodeURIComponent(id)}`;

export const listUnits = () => api.get<UnitDto[]>('/api/units');
export const createUnit = (body: CreateUnitBody) => api.post<UnitDto>('/api/units', body);
export const updateUnit = (id: string, body: UpdateUnitBody) => api.patch<UnitDto>(unitPath(id), body);
export const closeUnit = (id: string) => api.post<UnitDto>(`${unitPath(id)}/close`);
/** What hangs on the departments in the structure tree (read only here; edited on their own pages). */
export const listTreePrograms = () => api.get<ProgramDto[]>('/api/programs');
export const listTreeGroups = () => api.get<GroupDto[]>('/api/groups');
