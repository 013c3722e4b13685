import type { Role } from '../../../../shared/access/permissions.ts';
import type { CreateUserBody, GrantBody, UpdateUserBody, UserDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { api, type Page } from '../../../lib/api-client.ts';

export interface UsersQuery {
  q?: string | undefined;
  role?: Role | undefined;
  isActive?: 'true' | 'false' | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

const userPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;

export const listUsers = (query: UsersQuery, signal?: AbortSignal) =>
  api.get<Page<UserDto>>(
    '/api/users',
    { q: query.q, role: query.role, isActive: query.isActive, page: query.page, pageSize: query.pageSize },
    signal,
  );

export const createUser = (body: CreateUserBody) => api.post<UserDto>('/api/users', body);
export const getUser = (id: string) => api.get<UserDto>(userPath(id));
export const updateUser = (id: string, body: UpdateUserBody) => api.patch<UserDto>(userPath(id), body);
export const deactivateUser = (id: string) => api.post<UserDto | undefined>(`${userPath(id)}/deactivate`);
export const activateUser = (id: string) => api.post<UserDto | undefined>(`${userPath(id)}/activate`);
export const resetUserPassword = (id: string, newPassword: string) => api.post<unknown>(`${userPath(id)}/password`, { newPassword });
export const addGrant = (id: string, body: GrantBody) => api.post<UserDto>(`${userPath(id)}/grants`, body);
export const revokeGrant = (id: string, grantId: string) => api.delete<UserDto>(`${userPath(id)}/grants/${encodeURIComponent(grantId)}`);
