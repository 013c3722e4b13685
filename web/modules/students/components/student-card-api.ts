import type { GroupDto, GroupUpdateBody, LinkParentBody, ProgramDto, ProgramUpdateBody, StudentParentDto, StudentPhotoDto } from '../../../../shared/modules/students/students.contracts.ts';
import { api, ApiError } from '../../../lib/api-client.ts';
import { currentLang } from '../../../lib/i18n.ts';

/** The calls of the edit modals and of the card's photo and parents. */

const studentPath = (id: string) => `/api/students/${encodeURIComponent(id)}`;

export const updateProgram = (id: string, body: ProgramUpdateBody) => api.patch<ProgramDto>(`/api/programs/${encodeURIComponent(id)}`, body);
export const editGroup = (id: string, body: GroupUpdateBody) => api.patch<GroupDto>(`/api/groups/${encodeURIComponent(id)}`, body);
export const photoUrl = (studentId: string, version: string) => `${studentPath(studentId)}/photo?v=${encodeURIComponent(version)}`;
export const listParents = (studentId: string) => api.get<StudentParentDto[]>(`${studentPath(studentId)}/parents`);
export const linkParent = (studentId: string, body: LinkParentBody) => api.post<StudentParentDto>(`${studentPath(studentId)}/parents`, body);
export const unlinkParent = (studentId: string, linkId: string) => api.delete<undefined>(`${studentPath(studentId)}/parents/${encodeURIComponent(linkId)}`);

/** Uploads a photo as a form (the API client sends JSON only); refusals come back as ApiError. */
export async function uploadPhoto(studentId: string, file: File, csrfToken: string): Promise<StudentPhotoDto> {
  const form = new FormData();
  form.set('file', file);
  const response = await fetch(`${studentPath(studentId)}/photo`, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Accept-Language': currentLang(), 'X-CSRF-Token': csrfToken },
    credentials: 'same-origin',
    body: form,
  });
  const body = (await response.json().catch(() => null)) as (StudentPhotoDto & { error?: { code: string; message: string; requestId?: string } }) | null;
  if (response.ok && body) return body;
  const error = body?.error;
  throw new ApiError({ status: response.status, code: error?.code ?? 'UNEXPECTED', message: error?.message ?? response.statusText, requestId: error?.requestId ?? null, details: undefined });
}
