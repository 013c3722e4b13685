import type { Lang } from '../../../../shared/i18n/languages.ts';
import type { MeDto, SessionDto } from '../../../../shared/modules/identity/identity.contracts.ts';
import { api, isApiError, setCsrfToken } from '../../../lib/api-client.ts';

/** Sign-in, the own account, own sessions. */

/** The signed-in user, or null when there is no session. */
export async function fetchMe(): Promise<MeDto | null> {
  try {
    const me = await api.get<MeDto>('/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function signIn(body: { username: string; password: string }): Promise<MeDto> {
  const me = await api.post<MeDto>('/api/auth/sign-in', body);
  setCsrfToken(me.csrfToken);
  return me;
}

export async function signOut(): Promise<void> {
  try {
    await api.post<void>('/api/auth/sign-out');
  } finally {
    setCsrfToken(null);
  }
}

export const saveLanguage = (lang: Lang) => api.put<unknown>('/api/auth/language', { lang });

export const changePassword = (body: { currentPassword: string; newPassword: string }) => api.post<unknown>('/api/auth/password', body);

export const fetchSessions = () => api.get<SessionDto[]>('/api/auth/sessions');

export const endSession = (id: string) => api.delete<unknown>(`/api/auth/sessions/${encodeURIComponent(id)}`);
