import type { Role } from '../../../../shared/access/permissions.ts';
import type { PersonDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { api, type Page } from '../../../lib/api-client.ts';

export interface PeopleQuery {
  q?: string | undefined;
  role?: Role | undefined;
  page?: number | undefined;
  pageSize?: number | undefined;
}

export const listPeople = (query: PeopleQuery, signal?: AbortSignal) =>
  api.get<Page<PersonDto>>('/api/people', { q: query.q, role: query.role, page: query.page, pageSize: query.pageSize }, signal);

export const getPerson = (id: string) => api.get<PersonDto>(`/api/people/${encodeURIComponent(id)}`);
