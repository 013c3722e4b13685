import type { CreateHoldBody, HoldDto, StudentHoldsDto } from '../../../../shared/modules/registration/registration.contracts.ts';
import { api } from '../../../lib/api-client.ts';

/** The calls of the holds panel. */

export const holdsQueryKey = (studentId: string) => ['student-holds', studentId] as const;
export const listHolds = (studentId: string) => api.get<StudentHoldsDto>(`/api/students/${encodeURIComponent(studentId)}/holds`);
export const setHold = (studentId: string, body: CreateHoldBody) => api.post<HoldDto>(`/api/students/${encodeURIComponent(studentId)}/holds`, body);
export const liftHold = (holdId: string, note: string) => api.post<HoldDto>(`/api/holds/${encodeURIComponent(holdId)}/lift`, { note });
